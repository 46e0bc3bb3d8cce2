package io.learnpath.platform.test.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.learnpath.platform.test.benchmark.HttpLoad.Call;
import io.learnpath.platform.test.benchmark.HttpLoad.Round;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The load driver against a small server in this JVM that records every request, with wrk when it is installed
 * (as the benchmarks run) and the Java client otherwise. The server handles one request at a time, in arrival
 * order, which is what lets it tell a real change from a repeat. A load stops on a clock, so a request still in
 * flight may reach the server after its test has ended: each test sends under a path of its own and looks only at
 * what arrived there.
 */
class HttpLoadTest {

    private static final Duration SHORT = Duration.ofSeconds(1);

    private static HttpServer server;
    private static URI base;
    private static final List<Received> received = new ArrayList<>();
    private static final Map<String, String> lastBodyByPath = new HashMap<>();
    private static int repeats;
    private static int tests;
    private static String own;

    record Received(String method, String path, String authorization, String marker, String body) {
    }

    @BeforeAll
    static void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", HttpLoadTest::record);
        server.createContext("/refused", exchange -> answer(exchange, 404));
        // Closes the connection without an answer, as a server that crashed or reset it would.
        server.createContext("/hang-up", HttpExchange::close);
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    @BeforeEach
    void forget() {
        synchronized (received) {
            received.clear();
            lastBodyByPath.clear();
            repeats = 0;
            own = "/test-" + ++tests;
        }
    }

    @Test
    void aPutRotationSendsEachCallToItsOwnPathWithItsOwnHeadersAndBody() throws Exception {
        List<Call> calls = IntStream.range(0, 4).mapToObj(i -> new Call(own + "/learners/" + i + "/status",
                Map.of("Authorization", "Bearer token-" + i), "{\"status\":\"DONE\",\"of\":" + i + "}")).toList();

        Round round = HttpLoad.put(base, Map.of("X-Marker", "every request"), calls, 4).run(SHORT);

        assertThat(round.errors()).isZero();
        assertThat(round.perSecond()).isPositive();
        List<Received> requests = received();
        assertThat(requests).isNotEmpty().allSatisfy(request -> {
            int i = Integer.parseInt(request.path().split("/")[3]);
            assertThat(request.method()).isEqualTo("PUT");
            assertThat(request.authorization()).isEqualTo("Bearer token-" + i);
            assertThat(request.body()).isEqualTo("{\"status\":\"DONE\",\"of\":" + i + "}");
            assertThat(request.marker()).isEqualTo("every request");
        });
        assertThat(requests.stream().map(Received::path).collect(Collectors.toSet())).hasSize(4);
    }

    @Test
    void noTwoThreadsSendTheSameCallSoAStatusSetBackAndForthIsAlwaysAChange() throws Exception {
        // Ten topics set to DONE in turn, then back to IN_PROGRESS: walked in order, every request changes its
        // topic's state. Two threads walking the same list side by side would repeat each other's requests.
        List<Call> calls = new ArrayList<>();
        for (String status : List.of("DONE", "IN_PROGRESS")) {
            for (int topic = 0; topic < 10; topic++) {
                calls.add(new Call(own + "/topics/" + topic, Map.of(), status));
            }
        }

        Round round = HttpLoad.put(base, Map.of(), calls, 4).run(SHORT);

        assertThat(round.errors()).isZero();
        assertThat(received()).hasSizeGreaterThan(calls.size());
        synchronized (received) {
            assertThat(repeats).isZero();
        }
    }

    @Test
    void theGetAndPostLoadsOfTheEarlierBenchmarksSendWhatTheyDid() throws Exception {
        String read = own + "/roadmaps/backend";
        String login = own + "/login";
        Round get = HttpLoad.get(base.resolve(read), Map.of("X-Marker", "read"), 2).run(SHORT);
        Round post = HttpLoad.post(base.resolve(login), Map.of("Content-Type", "application/json"),
                List.of("{\"account\":1}", "{\"account\":2}", "{\"account\":3}"), 2).run(SHORT);
        // Told apart by path, not by time: a read still in flight when the first load stops may land later.
        Map<String, List<Received>> byPath = received().stream().collect(Collectors.groupingBy(Received::path));

        assertThat(byPath).containsOnlyKeys(read, login);
        assertThat(get.errors()).isZero();
        assertThat(byPath.get(read)).allSatisfy(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.marker()).isEqualTo("read");
            assertThat(request.body()).isEmpty();
        });
        assertThat(post.errors()).isZero();
        assertThat(byPath.get(login)).allSatisfy(request -> assertThat(request.method()).isEqualTo("POST"));
        assertThat(byPath.get(login).stream().map(Received::body).collect(Collectors.toSet()))
                .isEqualTo(Set.of("{\"account\":1}", "{\"account\":2}", "{\"account\":3}"));
    }

    @Test
    void aGetRotationSendsEveryCallsHeadersToTheOneTarget() throws Exception {
        String read = own + "/progress";
        List<Call> calls = IntStream.range(0, 6).mapToObj(i -> new Call(null,
                Map.of("Authorization", "Bearer learner-" + i), null)).toList();

        Round round = HttpLoad.get(base.resolve(read), Map.of("X-Marker", "summary"), calls, 4).run(SHORT);

        assertThat(round.errors()).isZero();
        List<Received> requests = received();
        assertThat(requests).isNotEmpty().allSatisfy(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.path()).isEqualTo(read);
            assertThat(request.marker()).isEqualTo("summary");
            assertThat(request.body()).isEmpty();
        });
        // Every learner's token is used, not only the first one's.
        assertThat(requests.stream().map(Received::authorization).collect(Collectors.toSet()))
                .isEqualTo(IntStream.range(0, 6).mapToObj(i -> "Bearer learner-" + i).collect(Collectors.toSet()));
    }

    @Test
    void aPacedLoadStaysNearItsRate() throws Exception {
        String read = own + "/paced";

        // 2 connections, 10 requests a second in all: each waits 200 ms after every answer.
        Round round = HttpLoad.get(base.resolve(read), Map.of(), 2).paced(10).run(Duration.ofSeconds(2));

        assertThat(round.errors()).isZero();
        // Unpaced, this server answers thousands in 2 s; paced, about 20 (a few more for the first requests,
        // which do not wait, and the requests in flight as the load stops).
        assertThat(received()).hasSizeBetween(4, 30);
        assertThat(round.perSecond()).isLessThan(15);
    }

    @Test
    void aPaceNeedsAPositiveRate() {
        HttpLoad load = HttpLoad.get(base, Map.of(), 2);

        assertThatThrownBy(() -> load.paced(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void answersOfFourHundredAndAboveCountAsErrors() throws Exception {
        Round round = HttpLoad.get(base.resolve("/refused"), Map.of(), 2).run(SHORT);

        assertThat(round.errors()).isPositive();
    }

    @Test
    void requestsWithoutAnAnswerCountAsErrors() throws Exception {
        Round round = HttpLoad.get(base.resolve("/hang-up"), Map.of(), 2).run(SHORT);

        assertThat(round.errors()).isPositive();
    }

    @Test
    void aPutLoadNeedsSomethingToPut() {
        assertThatThrownBy(() -> HttpLoad.put(base, Map.of(), List.of(), 2))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Received> received() {
        synchronized (received) {
            return received.stream().filter(request -> request.path().startsWith(own + "/")).toList();
        }
    }

    private static void record(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        synchronized (received) {
            received.add(new Received(exchange.getRequestMethod(), path,
                    exchange.getRequestHeaders().getFirst("Authorization"),
                    exchange.getRequestHeaders().getFirst("X-Marker"), body));
            if (path.startsWith(own + "/") && body.equals(lastBodyByPath.put(path, body))) {
                repeats++;
            }
        }
        answer(exchange, 200);
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        exchange.getRequestBody().readAllBytes();
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }
}
