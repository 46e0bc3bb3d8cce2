package io.learnpath.notification.support;

import io.learnpath.platform.test.http.TestHttp;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;

/**
 * A real SSE client: opens the stream with java.net.http and collects its lines as they arrive, so a test can await
 * events.
 *
 * <p>No thread of the test waits on a stream, and opening one does not depend on a thread pool. An earlier version
 * read each stream in {@code CompletableFuture.runAsync}: a blocking loop that held a worker of the common
 * ForkJoinPool for the stream's whole life (the pool grew by a thread per open stream). {@code HttpClient.sendAsync}
 * completes its future by a hop onto that same pool (on JDK 25 even on two cores, where its parallelism is 1), so
 * each open waited, behind a fixed {@code get(30 s)}, for the pool to find or add a worker beside the ones the test
 * held, which relies on the pool compensating for blocked workers and comes late on a busy machine. Here the HTTP
 * client hands each line to a {@link Flow.Subscriber} on its own threads, and the headers come from the body
 * handler, which the client calls as soon as they arrive; the request's timeout is the only limit.
 */
public final class SseConnection implements AutoCloseable {

    public record Event(String name, String id, String data) {
    }

    /** As long as the integration tests wait for anything else to happen. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final CompletableFuture<HttpResponse.ResponseInfo> headers = new CompletableFuture<>();
    private final CompletableFuture<Void> end = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;
    private volatile boolean closed;

    private SseConnection() {
    }

    /**
     * Opens the stream and returns once the response headers have arrived (the server has registered it). The
     * request's timeout bounds that wait: past it the client fails the exchange, and with it this call.
     */
    public static SseConnection open(TestHttp http, String token, String lastEventId) {
        HttpRequest request = http.request("/api/notifications/stream").token(token)
                .header("Accept", "text/event-stream")
                .header("Last-Event-ID", lastEventId)
                .timeout(PATIENCE)
                .toHttpRequest("GET");
        SseConnection connection = new SseConnection();
        http.client().sendAsync(request, connection::subscribe)
                .whenComplete((ignored, failure) -> {
                    if (failure != null) {
                        connection.headers.completeExceptionally(failure);
                        connection.end.complete(null);
                    }
                });
        try {
            connection.headers.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("Could not open the notification stream", e.getCause());
        }
        return connection;
    }

    private HttpResponse.BodySubscriber<Void> subscribe(HttpResponse.ResponseInfo response) {
        headers.complete(response);
        return HttpResponse.BodySubscribers.fromLineSubscriber(new Lines());
    }

    public int status() {
        return headers.join().statusCode();
    }

    public String contentType() {
        return headers.join().headers().firstValue("Content-Type").orElse("");
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** Whether the response ended (the server completed it, or the connection broke). */
    public boolean ended() {
        return end.isDone();
    }

    /** The complete events received so far, in order (comments skipped). */
    public List<Event> events() {
        List<Event> events = new ArrayList<>();
        String name = null;
        String id = null;
        StringBuilder data = null;
        for (String line : lines) {
            if (line.isEmpty()) {
                if (data != null) {
                    events.add(new Event(name == null ? "message" : name, id, data.toString()));
                }
                name = null;
                id = null;
                data = null;
            } else if (!line.startsWith(":")) {
                int colon = line.indexOf(':');
                String field = colon < 0 ? line : line.substring(0, colon);
                String value = colon < 0 ? "" : line.substring(colon + 1);
                value = value.startsWith(" ") ? value.substring(1) : value;
                switch (field) {
                    case "event" -> name = value;
                    case "id" -> id = value;
                    case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                    default -> {
                    }
                }
            }
        }
        return events;
    }

    public List<Event> notifications() {
        return events().stream().filter(event -> event.name().equals("notification")).toList();
    }

    /** Drops the connection, as a browser tab that goes away does. */
    @Override
    public void close() {
        closed = true;
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
    }

    /** Collects lines on the HTTP client's own threads as they arrive: no thread of ours waits on the stream. */
    private final class Lines implements Flow.Subscriber<String> {

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            SseConnection.this.subscription = subscription;
            if (closed) {
                subscription.cancel();
            } else {
                subscription.request(Long.MAX_VALUE);
            }
        }

        @Override
        public void onNext(String line) {
            lines.add(line);
        }

        @Override
        public void onError(Throwable failure) {
            end.complete(null);
        }

        @Override
        public void onComplete() {
            end.complete(null);
        }
    }
}
