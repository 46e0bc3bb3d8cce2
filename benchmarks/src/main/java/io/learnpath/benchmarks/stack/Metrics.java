package io.learnpath.benchmarks.stack;

import io.learnpath.launcher.Component;
import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.platform.test.http.TestResponse;
import java.util.List;

/**
 * A component's own view of itself: its Prometheus output, read from its management port. The benchmarks use it
 * where only the service can say what happened (changes committed, events still in the outbox, streams open).
 *
 * @param lines the Prometheus text format, line by line
 */
public record Metrics(List<String> lines) {

    public Metrics {
        lines = List.copyOf(lines);
    }

    public static Metrics of(StackEndpoints stack, Component component) {
        TestResponse metrics = TestHttp.at(stack.management(component)).get("/actuator/prometheus");
        if (metrics.status() != 200) {
            throw new IllegalStateException(component.module() + " answered its metrics with " + metrics);
        }
        return new Metrics(metrics.body().lines().toList());
    }

    /** The sum of a metric's samples over all their tags (0 when it has none). */
    public double sum(String name) {
        return samples(name, "").stream().mapToDouble(Metrics::value).sum();
    }

    /** The sum of the samples of a metric whose line also contains {@code tag} ({@code area="heap"}, say). */
    public double sum(String name, String tag) {
        return samples(name, tag).stream().mapToDouble(Metrics::value).sum();
    }

    /** The sample lines of a metric that contain every one of {@code tags}. */
    public List<String> samples(String name, String... tags) {
        return lines.stream().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> java.util.Arrays.stream(tags).allMatch(line::contains)).toList();
    }

    public static double value(String sample) {
        return Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1));
    }
}
