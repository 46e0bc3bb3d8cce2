package io.learnpath.benchmarks.notifications;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The knobs of the notification case, apart from the others' because it is an open loop at a rate rather than
 * rounds of a closed loop: {@code -Dbenchmark.notification.rate=100} and so on (or
 * {@code BENCHMARK_NOTIFICATION_RATE=100}).
 *
 * @param learners  learners with one stream each; each DONE is the next topic of the next learner in turn
 * @param rate      DONE a second through the gateway (the target is stated at 100)
 * @param length    measured at that rate
 * @param warmUp    before it, a climb from a tenth of the rate to the rate: a JIT still compiling (C2 above all)
 *                  cannot take the full rate at once, and the gateway's breaker would open
 * @param steps     subscriber counts to try on one instance, five streams per learner
 * @param spread    the largest head start, in topics: before the streams open, learner {@code i} of {@code n} skips
 *                  the roadmap's first {@code i * spread / n} topics, so the learners are at different points of
 *                  it. Learners in step (0) all reach each milestone within the same second or two, a burst of
 *                  one event per learner on top of the rate that a population spread over the roadmap does not
 *                  make (docs/performance.md, tenth session).
 */
public record NotificationSettings(int learners, int rate, Duration length, Duration warmUp, List<Integer> steps,
        int spread) {

    public NotificationSettings {
        steps = List.copyOf(steps);
        if (learners < 1 || rate < 1 || length.toSeconds() < 1 || warmUp.isNegative() || steps.isEmpty()
                || spread < 0) {
            throw new IllegalArgumentException("Notification settings out of range: " + learners + " learners, "
                    + rate + " a second for " + length + " after " + warmUp + ", steps " + steps + ", spread "
                    + spread);
        }
    }

    /** Learner {@code index}'s head start: topics it skips before the case begins. */
    public int headStart(int index) {
        return index * spread / learners;
    }

    public static NotificationSettings fromEnvironment() {
        return new NotificationSettings(integer("benchmark.notification.learners", 150),
                integer("benchmark.notification.rate", 100),
                Duration.ofSeconds(integer("benchmark.notification.seconds", 30)),
                Duration.ofSeconds(integer("benchmark.notification.warm-up-seconds", 150)),
                steps(knob("benchmark.notification.subscriber-steps", "100,200,400,800,1200")),
                integer("benchmark.notification.spread", 45));
    }

    /**
     * The smoke run: two learners, the second a topic ahead, a few DONE a second for two seconds at once, one step
     * of ten streams.
     */
    public static NotificationSettings smoke() {
        return new NotificationSettings(2, 4, Duration.ofSeconds(2), Duration.ZERO, List.of(10), 2);
    }

    public static List<Integer> steps(String list) {
        return Stream.of(list.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    private static int integer(String property, int fallback) {
        return Integer.parseInt(knob(property, Integer.toString(fallback)));
    }

    private static String knob(String property, String fallback) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(property.toUpperCase(java.util.Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
