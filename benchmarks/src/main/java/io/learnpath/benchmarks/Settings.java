package io.learnpath.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The knobs of a benchmark run. Each is a system property ({@code -Dbenchmark.seconds=10}) or, failing that, an
 * environment variable ({@code BENCHMARK_SECONDS=10}).
 *
 * @param round     the length of one measured round per route
 * @param rounds    rounds per route; routes take turns round by round, so machine noise falls on all alike
 * @param warmUp    one unmeasured round per route first (JIT, connection pools, caches)
 * @param clients   connections of the load driver
 * @param learners  learners whose tokens the requests rotate: the gateway allows each 20 requests a second
 * @param pace      requests a second in all, per route; 0 for as fast as the answers come (the benchmark proper).
 *                  Only the smoke run paces, to stay within its two learners' rate limit.
 * @param threshold a ratio worse than the accepted baseline by more than this fraction is a regression
 * @param topics    topics each learner sets back and forth in the status-update case
 * @param cases     the cases to run, of {@link #CASES}
 */
public record Settings(Duration round, int rounds, Duration warmUp, int clients, int learners, double pace,
        double threshold, int topics, List<String> cases) {

    /** Every case, in the order they run. */
    public static final List<String> CASES = List.of("reads", "status-updates", "sign-in", "notifications",
            "subscribers");

    public Settings {
        cases = List.copyOf(cases);
        if (round.toSeconds() < 1 || warmUp.isNegative() || warmUp.toMillis() % 1000 != 0 || rounds < 1
                || clients < 1 || learners < 1 || pace < 0 || threshold <= 0 || topics < 1
                || !CASES.containsAll(cases)) {
            throw new IllegalArgumentException("Benchmark settings out of range: " + round + ", " + rounds
                    + " rounds, warm-up " + warmUp + ", " + clients + " clients, " + learners + " learners, pace "
                    + pace + ", threshold " + threshold + ", " + topics + " topics, cases " + cases
                    + " (wrk counts whole seconds; the cases are " + CASES + ")");
        }
    }

    public boolean runs(String name) {
        return cases.contains(name);
    }

    /** The run StackBenchmark makes: 3 rounds of 10 s per route after 5 s each, 16 connections, 100 learners. */
    public static Settings fromEnvironment() {
        String cases = knob("benchmark.cases");
        return new Settings(Duration.ofSeconds(integer("benchmark.seconds", 10)), integer("benchmark.rounds", 3),
                Duration.ofSeconds(integer("benchmark.warm-up-seconds", 5)), integer("benchmark.clients", 16),
                integer("benchmark.learners", 100), decimal("benchmark.pace", 0),
                decimal("benchmark.regression-threshold", 0.20), integer("benchmark.topics", 4),
                cases == null ? CASES : Stream.of(cases.split(",")).map(String::strip).toList());
    }

    /**
     * The smoke run in the system tests: every case once, briefly (one round of 2 s, no warm-up), paced well below
     * what the gateway allows the shared stack's one address on a public read (20 a second, bursts of 40), so that
     * it proves the cases still work without measuring anything.
     */
    public static Settings smoke() {
        return new Settings(Duration.ofSeconds(2), 1, Duration.ZERO, 4, 2, 10, 0.20, 2, CASES);
    }

    public boolean paced() {
        return pace > 0;
    }

    public String describe() {
        return "%d round(s) of %d s per route after a %d s warm-up each, %d connections, requests rotating over %d "
                .formatted(rounds, round.toSeconds(), warmUp.toSeconds(), clients, learners)
                + "learners' tokens" + (paced() ? ", paced at %.0f requests a second (a smoke run: the ratios say "
                .formatted(pace) + "nothing about throughput)" : "") + "; cases: " + String.join(", ", cases);
    }

    static String knob(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static int integer(String property, int fallback) {
        String value = knob(property);
        return value == null ? fallback : Integer.parseInt(value);
    }

    private static double decimal(String property, double fallback) {
        String value = knob(property);
        return value == null ? fallback : Double.parseDouble(value);
    }
}
