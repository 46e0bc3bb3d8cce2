package io.learnpath.gateway;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A real HTTP server standing in for the services behind the gateway. It answers every request with a small JSON
 * echo (unless told to fail or hang, or the query asks it to {@link #BREAK_OFF}) and remembers what it received, its readiness probe aside; {@code GET /api/notifications/stream} answers as server-sent events, sending
 * one event, then holding the stream open until the test opens the gate, then a second event.
 */
public final class DownstreamStub implements AutoCloseable {

    public record ReceivedRequest(String method, URI uri, Map<String, List<String>> headers) {

        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream())
                    .findFirst();
        }
    }

    /** A request whose query string contains this gets no answer: its connection is closed instead. */
    public static final String BREAK_OFF = "break-off";

    private final HttpServer server;
    private final ConcurrentLinkedQueue<ReceivedRequest> received = new ConcurrentLinkedQueue<>();
    private final AtomicReference<CountDownLatch> streamGate = new AtomicReference<>(new CountDownLatch(0));
    private final AtomicReference<CountDownLatch> slowGate = new AtomicReference<>(new CountDownLatch(0));
    private final Map<String, Integer> failingPaths = new ConcurrentHashMap<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile boolean hangsOnEveryRequest;
    private volatile boolean frozen;
    private volatile int readiness = 200;

    private DownstreamStub(HttpServer server) {
        this.server = server;
    }

    public static DownstreamStub start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            DownstreamStub stub = new DownstreamStub(server);
            server.createContext("/", stub::handle);
            // A held-open event stream must not block the other requests.
            server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The requests received so far whose query string contains {@code marker}. */
    public List<ReceivedRequest> receivedWith(String marker) {
        return received.stream()
                .filter(request -> request.uri().getRawQuery() != null && request.uri().getRawQuery().contains(marker))
                .toList();
    }

    /** Holds the next event stream open after its first event until the returned latch is counted down. */
    public CountDownLatch holdNextStream() {
        CountDownLatch gate = new CountDownLatch(1);
        streamGate.set(gate);
        return gate;
    }

    /** Holds every request to a path ending in {@code /slow} unanswered until the returned latch is counted down. */
    public CountDownLatch holdSlowRequests() {
        CountDownLatch gate = new CountDownLatch(1);
        slowGate.set(gate);
        return gate;
    }

    /** Answers every request to {@code path} with {@code status} and an empty body from now on. */
    public void fail(String path, int status) {
        failingPaths.put(path, status);
    }

    /** Leaves every request but the readiness probe unanswered from now on, like a process that hangs. */
    public void hangOnEveryRequest() {
        hangsOnEveryRequest = true;
    }

    /** Answers nothing from now on, its readiness probe included, like a stopped process. */
    public void freeze() {
        frozen = true;
    }

    /** What {@code /actuator/health/readiness} answers: 200 (ready, the default) or 503. */
    public void readiness(int status) {
        readiness = status;
    }

    /** How many requests it has received so far (readiness probes aside). */
    public int receivedCount() {
        return received.size();
    }

    /** The requests received so far to {@code path}. */
    public List<ReceivedRequest> receivedAt(String path) {
        return received.stream().filter(request -> request.uri().getPath().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            if (frozen) {
                received.add(new ReceivedRequest(exchange.getRequestMethod(), exchange.getRequestURI(),
                        Map.copyOf(exchange.getRequestHeaders())));
                await(closed);
                return;
            }
            if (path.equals("/actuator/health/readiness")) {
                exchange.sendResponseHeaders(readiness, -1);
                return;
            }
            received.add(new ReceivedRequest(exchange.getRequestMethod(), exchange.getRequestURI(),
                    Map.copyOf(exchange.getRequestHeaders())));
            Integer failure = failingPaths.get(path);
            String query = exchange.getRequestURI().getRawQuery();
            if (query != null && query.contains(BREAK_OFF)) {
                // Closing an exchange whose headers were never sent closes its connection: what the gateway sees
                // when a service's process dies mid-request.
                return;
            }
            if (hangsOnEveryRequest) {
                await(closed);
            } else if (failure != null) {
                exchange.sendResponseHeaders(failure, -1);
            } else if (path.equals("/api/notifications/stream")) {
                stream(exchange);
            } else if (path.endsWith("/slow")) {
                await(slowGate.get());
                echo(exchange);
            } else {
                echo(exchange);
            }
        }
    }

    private static void echo(HttpExchange exchange) throws IOException {
        byte[] body = ("{\"method\":\"" + exchange.getRequestMethod() + "\",\"path\":\""
                + exchange.getRequestURI().getPath() + "\"}").getBytes(StandardCharsets.UTF_8);
        Headers headers = exchange.getResponseHeaders();
        headers.add("Content-Type", "application/json");
        headers.add("ETag", "\"stub-1\"");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void stream(HttpExchange exchange) throws IOException {
        CountDownLatch gate = streamGate.get();
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().add("Cache-Control", "no-cache");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write("id: 1\nevent: notification\ndata: first\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
            await(gate);
            out.write("id: 2\nevent: notification\ndata: second\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    private static void await(CountDownLatch gate) {
        try {
            gate.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
    }
}
