package io.learnpath.benchmarks.notifications;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notification streams (SSE) opened through the gateway, each read on a virtual thread of its own. Closing cuts
 * every one of them: on the shared system-test stack, streams left open would count in later tests' gauges.
 */
final class Streams implements AutoCloseable {

    /** Called with the arrival time ({@link System#nanoTime()}) and the notice of each {@code notification} event. */
    interface Arrival {
        void arrived(long nanoTime, JsonNode notice);
    }

    private final URI gateway;
    private final JsonMapper json = JsonMapper.builder().build();
    // HTTP/1.1 as browsers speak it to the gateway here (no h2c upgrade attempts on plain http).
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newVirtualThreadPerTaskExecutor()).build();

    Streams(URI gateway) {
        this.gateway = gateway;
    }

    HttpClient client() {
        return client;
    }

    /**
     * Opens a stream; the answer completes once its headers arrived. The notification-service registers a stream
     * before it writes the first comment, which is what sends the headers: from then on the stream gets every
     * notice. (Its open-stream gauge is no such signal on a shared stack, where other tests' streams close
     * meanwhile.)
     */
    CompletableFuture<Integer> open(String token, Arrival arrival) {
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve("/api/notifications/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenApply(response -> {
            Thread.ofVirtual().start(() -> {
                    String event = null;
                    try {
                        for (String line : (Iterable<String>) response.body()::iterator) {
                            if (line.startsWith("event:")) {
                                event = line.substring("event:".length()).strip();
                            } else if (line.startsWith("data:") && "notification".equals(event)) {
                                arrival.arrived(System.nanoTime(), json.readTree(line.substring("data:".length())));
                            } else if (line.isEmpty()) {
                                event = null;
                            }
                        }
                    } catch (UncheckedIOException closed) {
                        // The stream was cut: by close(), or by the service going away; either way it is over.
                    }
                });
            return response.statusCode();
        });
    }

    /** Until every one of {@code opened} answered 200; false if one did not within {@code patience}. */
    static boolean allOpen(List<CompletableFuture<Integer>> opened, Duration patience) throws InterruptedException {
        try {
            CompletableFuture.allOf(opened.toArray(CompletableFuture[]::new))
                    .get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return false;
        }
        return opened.stream().allMatch(answer -> answer.join() == 200);
    }

    /** What became of the streams, for a failure message: "148 answered 200, 1 answered 429, 1 no answer yet". */
    static String outcomes(List<CompletableFuture<Integer>> opened) {
        Map<String, Long> counts = opened.stream().collect(Collectors.groupingBy(answer -> {
            if (!answer.isDone()) {
                return "no answer yet";
            }
            if (answer.isCompletedExceptionally()) {
                return "failed (" + answer.exceptionNow().getClass().getSimpleName() + ")";
            }
            return "answered " + answer.resultNow();
        }, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(entry -> entry.getValue() + " " + entry.getKey())
                .collect(Collectors.joining(", "));
    }

    @Override
    public void close() throws InterruptedException {
        client.shutdownNow();
        client.awaitTermination(Duration.ofSeconds(10));
    }
}
