package io.learnpath.systemtests;

import io.learnpath.platform.test.http.TestHttp;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;

/** A learner's live notification stream, read through the gateway as a frontend reads it. */
final class NotificationStreams {

    private NotificationStreams() {
    }

    /** Opens the learner's notification stream; the status line and every line received join the queue. */
    static Queue<String> open(TestHttp gateway, String token) {
        Queue<String> lines = new ConcurrentLinkedQueue<>();
        HttpRequest request = gateway.request("/api/notifications/stream").token(token)
                .header("Accept", "text/event-stream").timeout(Duration.ofMinutes(5)).toHttpRequest("GET");
        gateway.client().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> {
                    lines.add("HTTP " + response.statusCode());
                    try (Stream<String> body = response.body()) {
                        body.forEach(lines::add);
                    }
                });
        return lines;
    }
}
