package io.learnpath.benchmarks.notifications;

import io.learnpath.benchmarks.report.Better;
import io.learnpath.benchmarks.report.CaseResult;
import io.learnpath.benchmarks.report.Figure;
import io.learnpath.benchmarks.report.Goal;
import io.learnpath.benchmarks.report.Ratio;
import io.learnpath.benchmarks.report.Report;
import io.learnpath.benchmarks.stack.Learners;
import io.learnpath.benchmarks.stack.Metrics;
import io.learnpath.benchmarks.stack.Roadmaps;
import io.learnpath.benchmarks.stack.StackEndpoints;
import io.learnpath.launcher.Component;
import io.learnpath.platform.test.benchmark.HttpLoad;
import io.learnpath.platform.test.http.TestHttp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many notification streams one notification-service instance holds: streams opened through the gateway in
 * steps, five per learner (the most one learner may hold); at each step a sample of up to 20 learners marks a topic
 * done and every one of their streams must get the notice within a second. Stops at the first step that fails.
 *
 * <p>Beside the streams, at every step and once before the first, a few other learners read their inbox through
 * the gateway at a steady pace: the same instance answers them, so their p99 with the streams open against without
 * is what the streams cost everyone else (the target: no worse than 1.5 ×).
 */
public final class Subscribers {

    static final int STREAMS_PER_LEARNER = 5;
    private static final Duration STEP_PATIENCE = Duration.ofMinutes(2);
    private static final long NOTICE_WITHIN_NANOS = 1_000_000_000L;
    static final int PROBE_LEARNERS = 4;
    static final double PROBE_PER_SECOND = 20;
    static final Duration LONGEST_PROBE = Duration.ofSeconds(10);
    static final Goal REQUEST_P99_GOAL = Goal.atMost(1.5);

    private final StackEndpoints stack;
    private final NotificationSettings settings;

    public Subscribers(StackEndpoints stack, NotificationSettings settings) {
        this.stack = stack;
        this.settings = settings;
    }

    public CaseResult run() throws Exception {
        StringBuilder out = new StringBuilder("""
                Streams opened through the gateway, %d per learner; at each step one topic is marked done for up to \
                20 of the learners and every one of their streams must get the notice within 1 s. "Open on the \
                instance" is the notification-service's `learnpath_notifications_live_streams` gauge, which also \
                counts streams of earlier cases still being closed; "heap" its heap in use (MB). "Inbox p99" is \
                the p99 of %d other learners reading their inbox through the gateway, %d a second for %d s, at that \
                step; "÷ none" divides it by the same before any of these streams was open.

                | subscribers | open on the instance | sample reached in 1 s | heap MB | inbox p99 ms | ÷ none |
                |---|---|---|---|---|---|
                """.formatted(STREAMS_PER_LEARNER, PROBE_LEARNERS, Math.round(PROBE_PER_SECOND),
                probeLength().toSeconds()));
        List<String> topics = Roadmaps.topicsOf(stack, Roadmaps.BACKEND);
        TestHttp gateway = TestHttp.at(stack.gateway());
        int largestClean = 0;
        double cleanP99Ratio = Double.NaN;
        HttpLoad inboxReads = inboxReads(Learners.tokens(Learners.signUp(stack, PROBE_LEARNERS)));
        inboxReads.run(probeLength()); // unmeasured: the first reads of a path compile it and open connections
        HttpLoad.Round none = inboxReads.run(probeLength());
        out.append("| 0 | – | – | – | %s | 1.00 |%n".formatted(Report.format(none.p99Millis())));
        List<String> errors = new ArrayList<>(probeErrors(0, none));
        try (Streams streams = new Streams(stack.gateway())) {
            List<String> tokens = new ArrayList<>();
            List<CompletableFuture<Integer>> opened = new ArrayList<>();
            Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
            for (int index = 0; index < settings.steps().size(); index++) {
                int step = settings.steps().get(index);
                int learnersNeeded = (step + STREAMS_PER_LEARNER - 1) / STREAMS_PER_LEARNER;
                for (String token : Learners.tokens(Learners.signUp(stack, Math.max(0,
                        learnersNeeded - tokens.size())))) {
                    tokens.add(token);
                    AtomicInteger counter = new AtomicInteger();
                    received.put(token, counter);
                    for (int s = 0; s < STREAMS_PER_LEARNER; s++) {
                        opened.add(streams.open(token, (now, notice) -> counter.incrementAndGet()));
                    }
                }
                String notOpen;
                try {
                    notOpen = Streams.allOpen(opened, STEP_PATIENCE) ? null : "the streams did not all open within "
                            + STEP_PATIENCE.toSeconds() + " s (" + Streams.outcomes(opened) + ")";
                } catch (RuntimeException e) {
                    notOpen = "the streams failed to open (" + e.getClass().getSimpleName() + ")";
                }
                if (notOpen != null) {
                    out.append("| %d | – | %s | – | – | – |%n".formatted(step, notOpen));
                    break;
                }
                List<String> sample = tokens.subList(0, Math.min(20, tokens.size()));
                Map<String, Integer> counts = new HashMap<>();
                sample.forEach(token -> counts.put(token, received.get(token).get()));
                String topic = topics.get(index % topics.size());
                for (String token : sample) {
                    gateway.request(NotificationLatency.topicPath(topic)).token(token)
                            .json(Map.of("status", "DONE")).put();
                }
                // Each stream of a sampled learner gets the notice (and maybe a milestone): at least one each.
                boolean reached = within(NOTICE_WITHIN_NANOS, () -> sample.stream().allMatch(token ->
                        received.get(token).get() - counts.get(token) >= STREAMS_PER_LEARNER));
                Metrics metrics = metrics();
                HttpLoad.Round beside = inboxReads.run(probeLength());
                errors.addAll(probeErrors(step, beside));
                double p99Ratio = Ratio.of(beside.p99Millis(), none.p99Millis());
                out.append("| %d | %s | %s | %s | %s | %s |%n".formatted(step, Report.format(
                                metrics.sum("learnpath_notifications_live_streams")), reached ? "yes" : "no",
                        Report.format(metrics.sum("jvm_memory_used_bytes", "area=\"heap\"") / 1048576),
                        Report.format(beside.p99Millis()), Report.format(p99Ratio)));
                if (!reached) {
                    break;
                }
                largestClean = step;
                cleanP99Ratio = p99Ratio;
            }
        }
        out.append("%nLargest step with every stream open and the sample reached within 1 s: **%d**.%n"
                .formatted(largestClean));
        return new CaseResult("Notifications: concurrent subscribers on one instance", out.toString(),
                List.of(new Figure("notification.subscribers.largest-clean-step", largestClean)),
                largestClean == 0 ? List.of() : List.of(requestP99Ratio(largestClean, cleanP99Ratio)), List.of(),
                errors);
    }

    /** The inbox reads' p99 at the largest step that passed, against before any stream: judged by the target. */
    static Ratio requestP99Ratio(int step, double ratio) {
        return new Ratio("notification.subscribers.inbox-p99", "inbox p99 with %d streams open ÷ with none"
                .formatted(step), ratio, Better.LOWER, REQUEST_P99_GOAL);
    }

    /** Each probe learner's inbox in turn, paced: far below the per-learner rate limit, so nothing is refused. */
    private HttpLoad inboxReads(List<String> tokens) {
        List<HttpLoad.Call> calls = tokens.stream()
                .map(token -> new HttpLoad.Call(null, Map.of("Authorization", "Bearer " + token), null)).toList();
        return HttpLoad.get(stack.gateway().resolve("/api/notifications"), Map.of(), calls, PROBE_LEARNERS)
                .paced(PROBE_PER_SECOND);
    }

    /** As long as one measured stretch of the notification case, at most {@link #LONGEST_PROBE}. */
    private Duration probeLength() {
        return settings.length().compareTo(LONGEST_PROBE) < 0 ? settings.length() : LONGEST_PROBE;
    }

    private static List<String> probeErrors(int step, HttpLoad.Round round) {
        return round.errors() == 0 ? List.of() : List.of("Subscribers: %d inbox reads failed at %d streams"
                .formatted(round.errors(), step));
    }

    private Metrics metrics() {
        return Metrics.of(stack, Component.NOTIFICATION);
    }

    private static boolean within(long nanos, java.util.function.BooleanSupplier condition)
            throws InterruptedException {
        long until = System.nanoTime() + nanos;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                return false;
            }
            Thread.sleep(20); // polling streams read on other threads, or another process's gauge
        }
        return true;
    }
}
