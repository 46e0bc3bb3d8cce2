package io.learnpath.benchmarks.notifications;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * When the slow notices were sent: the measured seconds in which at least one DONE took longer than a bound, each
 * with how many did and the slowest. A tail spread over every second is a machine short of CPU; one packed into a
 * few seconds is a stall (a collection, a checkpoint, a rebalance), and the seconds say when to look in the logs.
 */
final class SlowSeconds {

    /** One measured DONE: when it was sent, in nanoseconds after the measurement began, and how long it took. */
    record Sample(long sentAfterNanos, long latencyNanos) {
    }

    /** One second of the measurement with slow notices in it. */
    record Second(long second, int slow, int all, double slowestMillis) {
    }

    private SlowSeconds() {
    }

    static List<Second> over(List<Sample> samples, double boundMillis) {
        Map<Long, List<Sample>> bySecond = samples.stream().collect(Collectors.groupingBy(
                sample -> sample.sentAfterNanos() / 1_000_000_000L, TreeMap::new, Collectors.toList()));
        long bound = (long) (boundMillis * 1_000_000);
        return bySecond.entrySet().stream()
                .map(second -> new Second(second.getKey(),
                        (int) second.getValue().stream().filter(sample -> sample.latencyNanos() > bound).count(),
                        second.getValue().size(),
                        second.getValue().stream().mapToLong(Sample::latencyNanos).max().orElse(0) / 1e6))
                .filter(second -> second.slow() > 0)
                .toList();
    }

    /** "12 of 30 seconds: 3 (5 of 100, slowest 412 ms), ..." or "none". */
    static String describe(List<Second> seconds, long measuredSeconds) {
        if (seconds.isEmpty()) {
            return "none";
        }
        return seconds.size() + " of " + measuredSeconds + " seconds: " + seconds.stream()
                .map(second -> "%d (%d of %d, slowest %.0f ms)".formatted(second.second(), second.slow(),
                        second.all(), second.slowestMillis()))
                .collect(Collectors.joining(", "));
    }
}
