package io.learnpath.notification.support;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real SSE client: opens the stream with java.net.http and reads its lines on a background thread, so a test
 * can await events as they arrive.
 */
public final class SseConnection implements AutoCloseable {

    public record Event(String name, String id, String data) {
    }

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final HttpResponse<Stream<String>> response;
    private final CompletableFuture<Void> reader;

    private SseConnection(HttpResponse<Stream<String>> response) {
        this.response = response;
        this.reader = CompletableFuture.runAsync(() -> {
            try (Stream<String> body = response.body()) {
                body.forEach(lines::add);
            } catch (RuntimeException closed) {
                // The stream was closed by the test or the server; the lines read so far stay available.
            }
        });
    }

    /** Opens the stream and returns once the response headers have arrived (the server has registered it). */
    public static SseConnection open(Api api, String token, String lastEventId) {
        HttpRequest.Builder request = api.request("/api/notifications/stream", token)
                .timeout(java.time.Duration.ofMinutes(5))
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        try {
            HttpResponse<Stream<String>> response = api.client()
                    .sendAsync(request.GET().build(), HttpResponse.BodyHandlers.ofLines())
                    .get(30, TimeUnit.SECONDS);
            return new SseConnection(response);
        } catch (Exception e) {
            throw new IllegalStateException("Could not open the notification stream", e);
        }
    }

    public int status() {
        return response.statusCode();
    }

    public String contentType() {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** Whether the server ended the response. */
    public boolean ended() {
        return reader.isDone();
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

    @Override
    public void close() {
        response.body().close();
        reader.cancel(true);
    }
}
