package io.learnpath.benchmarks.signin;

import io.learnpath.platform.test.benchmark.HttpLoad.Round;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Requests one after another at a fixed pace, each one's latency kept: for a load far below a second's worth of
 * requests, where a load driver's closed loop has nothing to offer and wrk's pacing would start every connection
 * with a pause. The first request goes at once, the next when its slot comes (at once if the last one overran it).
 */
final class PacedRequests {

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** POSTs the bodies in turn to {@code target}, {@code perSecond} a second, for {@code length}. */
    Round post(URI target, List<String> bodies, double perSecond, Duration length) throws InterruptedException {
        long interval = (long) (1_000_000_000L / perSecond);
        long start = System.nanoTime();
        long end = start + length.toNanos();
        List<Long> latencies = new ArrayList<>();
        long errors = 0;
        int sent = 0;
        for (long slot = start; slot < end; slot += interval) {
            LockSupport.parkNanos(slot - System.nanoTime());
            HttpRequest request = HttpRequest.newBuilder(target).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(bodies.get(sent++ % bodies.size()))).build();
            long before = System.nanoTime();
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() >= 400) {
                    errors++;
                }
            } catch (IOException e) {
                errors++;
            }
            latencies.add(System.nanoTime() - before);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Long> sorted = latencies.stream().sorted().toList();
        return new Round(sorted.size() / seconds, millis(sorted, 0.50), millis(sorted, 0.99), errors);
    }

    static double millis(List<Long> sortedNanos, double quantile) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(quantile * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, Math.min(index, sortedNanos.size() - 1))) / 1e6;
    }
}
