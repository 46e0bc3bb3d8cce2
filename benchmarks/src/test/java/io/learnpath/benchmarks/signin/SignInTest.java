package io.learnpath.benchmarks.signin;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.benchmarks.report.CaseResult;
import io.learnpath.benchmarks.report.Ratio;
import io.learnpath.platform.test.benchmark.HttpLoad.Round;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SignInTest {

    @Test
    void theGatewaysSignInLatencyIsDividedByDirect() {
        CaseResult result = SignIn.result(List.of(new Round(0.8, 100, 150, 0), new Round(0.8, 110, 170, 0)),
                List.of(new Round(0.8, 120, 200, 0), new Round(0.8, 132, 200, 0)));

        Map<String, Double> ratios = result.ratios().stream().collect(Collectors.toMap(Ratio::name, Ratio::value));
        assertThat(ratios).containsOnly(Map.entry("sign-in.gateway.p50", 1.2), Map.entry("sign-in.gateway.p99",
                1.25));
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void aRefusedSignInThroughTheGatewayIsAnErrorThatNamesTheBudget() {
        CaseResult result = SignIn.result(List.of(new Round(0.8, 100, 150, 0)),
                List.of(new Round(0.8, 120, 200, 2)));

        assertThat(result.errors()).singleElement().asString().contains("gateway, round 1: 2 requests failed")
                .contains("sign-in budget");
    }

    @Test
    void pacedRequestsGoOneAfterAnotherAtTheirPace() throws Exception {
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        java.util.List<String> bodies = new java.util.concurrent.CopyOnWriteArrayList<>();
        server.createContext("/", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/refused") ? 429 : 200, -1);
            exchange.close();
        });
        server.start();
        try {
            java.net.URI base = java.net.URI.create("http://127.0.0.1:" + server.getAddress().getPort());

            Round round = new PacedRequests().post(base.resolve("/login"), List.of("a", "b"), 10,
                    java.time.Duration.ofSeconds(1));
            Round refused = new PacedRequests().post(base.resolve("/refused"), List.of("c"), 10,
                    java.time.Duration.ofMillis(300));

            // 10 a second for a second: the first at once, then one each 100 ms.
            assertThat(bodies.subList(0, 10)).containsExactly("a", "b", "a", "b", "a", "b", "a", "b", "a", "b");
            assertThat(round.errors()).isZero();
            assertThat(round.p99Millis()).isPositive();
            assertThat(refused.errors()).isEqualTo(3);
        } finally {
            server.stop(0);
        }
    }
}
