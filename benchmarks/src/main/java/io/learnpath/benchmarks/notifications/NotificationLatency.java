package io.learnpath.benchmarks.notifications;

import io.learnpath.benchmarks.report.Better;
import io.learnpath.benchmarks.report.CaseResult;
import io.learnpath.benchmarks.report.Figure;
import io.learnpath.benchmarks.report.Goal;
import io.learnpath.benchmarks.report.Limit;
import io.learnpath.benchmarks.report.Ratio;
import io.learnpath.benchmarks.report.Report;
import io.learnpath.benchmarks.stack.Learners;
import io.learnpath.benchmarks.stack.Metrics;
import io.learnpath.benchmarks.stack.Roadmaps;
import io.learnpath.benchmarks.stack.StackEndpoints;
import io.learnpath.launcher.Component;
import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.platform.test.http.TestResponse;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * From "topic done" to the notice on the learner's stream, at a rate, everything through the gateway: the
 * progress-service's transaction and outbox, Kafka, the notification-service's consumer and transaction, Redis
 * pub/sub, the SSE writer and the gateway. Each learner holds one stream; topics are marked done in an open loop
 * (each a real change: the learner's next topic not yet done), climbing from a tenth of the rate to the rate over
 * the warm-up, then at the rate. Per DONE, the time from sending the PUT to its {@code TOPIC_COMPLETED} notice on
 * that learner's stream, split at the notice's {@code createdAt} to say which half a slow notice lost its time in.
 * What has not arrived ten seconds after the run is lost.
 *
 * <p>Failed requests and lost notices are findings here, not a broken run: at a rate the machine cannot take the
 * gateway's breaker refuses requests, and the report says so (limits: none lost, none refused).
 */
public final class NotificationLatency {

    static final Goal P99_GOAL = Goal.atMost(100);
    private static final Duration STREAMS_PATIENCE = Duration.ofMinutes(1);

    private final StackEndpoints stack;
    private final NotificationSettings settings;
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> warmUpFailures = new ConcurrentHashMap<>();
    private final List<Long> answeredNanos = new CopyOnWriteArrayList<>();

    public NotificationLatency(StackEndpoints stack, NotificationSettings settings) {
        this.stack = stack;
        this.settings = settings;
    }

    /** One learner as the case drives it: a token, the next topic it marks done, and its notices as they come. */
    private static final class Learner {
        final String token;
        final AtomicInteger next = new AtomicInteger();
        final Queue<Sent> sentDone = new ConcurrentLinkedQueue<>();
        final List<Long> latenciesNanos = new CopyOnWriteArrayList<>();
        // The two halves of each latency, split at the notice's createdAt (the notification-service's
        // transaction): request, outbox, Kafka and consumer before it; commit, Redis pub/sub, SSE and gateway after.
        final List<Long> toStoredNanos = new CopyOnWriteArrayList<>();
        final List<Long> toStreamNanos = new CopyOnWriteArrayList<>();
        final List<SlowSeconds.Sample> samples = new CopyOnWriteArrayList<>();
        volatile long measureFrom = Long.MAX_VALUE;

        Learner(String token) {
            this.token = token;
        }

        void arrived(long now, JsonNode notice) {
            if (!"TOPIC_COMPLETED".equals(notice.path("kind").asString())) {
                return;
            }
            Sent sent = sentDone.poll();
            if (sent != null && sent.nanos() >= measureFrom) {
                long total = now - sent.nanos();
                long toStored = Duration.between(sent.at(), Instant.parse(notice.path("createdAt").asString()))
                        .toNanos();
                latenciesNanos.add(total);
                toStoredNanos.add(toStored);
                toStreamNanos.add(total - toStored);
                samples.add(new SlowSeconds.Sample(sent.nanos() - measureFrom, total));
            }
        }
    }

    /** When a DONE was sent: the monotonic clock for the latency, the wall clock to compare with the notice's. */
    private record Sent(long nanos, Instant at) {
        static Sent now() {
            return new Sent(System.nanoTime(), Instant.now());
        }
    }

    /** Both parts: the latency at the rate, then the subscriber steps, with their own new learners. */
    public CaseResult run() throws Exception {
        List<String> topics = Roadmaps.topicsOf(stack, Roadmaps.BACKEND);
        List<Learner> learners = Learners.tokens(Learners.signUp(stack, settings.learners())).stream()
                .map(Learner::new).toList();
        headStart(learners, topics);
        try (Streams streams = new Streams(stack.gateway())) {
            List<CompletableFuture<Integer>> opened = learners.stream()
                    .map(learner -> streams.open(learner.token, learner::arrived)).toList();
            if (!Streams.allOpen(opened, STREAMS_PATIENCE)) {
                throw new IllegalStateException("Not every learner's stream opened within "
                        + STREAMS_PATIENCE.toSeconds() + " s: " + Streams.outcomes(opened));
            }
            warmUp(learners, topics);
            return latency(streams, learners, topics);
        }
    }

    /**
     * Puts the learners at different points of the roadmap ({@link NotificationSettings#spread}), directly at the
     * progress-service, as the sign-ups go to the auth-service: setup, not what is measured. The topics are marked
     * skipped, which counts towards milestones as done does, so each learner reaches its milestones at its own
     * time, and makes no topic notice that the stream would then have to tell apart from the measured ones.
     */
    private void headStart(List<Learner> learners, List<String> topics) {
        TestHttp progress = TestHttp.at(stack.direct(Component.PROGRESS));
        for (int i = 0; i < learners.size(); i++) {
            int skipped = Math.min(settings.headStart(i), topics.size());
            if (skipped == 0) {
                continue;
            }
            Learner learner = learners.get(i);
            List<Map<String, String>> statuses = topics.subList(0, skipped).stream()
                    .map(topic -> Map.of("topicSlug", topic, "status", "SKIPPED")).toList();
            TestResponse answer = progress.request("/api/progress/roadmaps/" + Roadmaps.BACKEND + "/topics")
                    .token(learner.token).json(Map.of("topics", statuses)).put();
            if (answer.status() != 200) {
                throw new IllegalStateException("A learner's head start failed: " + answer);
            }
            learner.next.set(skipped);
        }
    }

    /**
     * A closed-loop warm-up first: one DONE per learner, one after another, each answered before the next. A cold
     * stack hit at once by the open loop answers slowly, and the gateway's circuit breaker opens.
     */
    private void warmUp(List<Learner> learners, List<String> topics) throws InterruptedException {
        TestHttp gateway = TestHttp.at(stack.gateway());
        for (Learner learner : learners) {
            int topic = learner.next.getAndIncrement();
            learner.sentDone.add(Sent.now());
            TestResponse warm = gateway.request(topicPath(topics.get(topic))).token(learner.token)
                    .json(Map.of("status", "DONE")).put();
            if (warm.status() != 200) {
                throw new IllegalStateException("A warm-up DONE through the gateway failed: " + warm);
            }
        }
        long until = System.nanoTime() + STREAMS_PATIENCE.toNanos();
        while (learners.stream().anyMatch(learner -> !learner.sentDone.isEmpty())) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("The warm-up's notices did not all arrive within a minute");
            }
            Thread.sleep(50); // waiting on notices arriving on other threads' streams
        }
    }

    private CaseResult latency(Streams streams, List<Learner> learners, List<String> topics) throws Exception {
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger sentDone = new AtomicInteger();
        long start = System.nanoTime();
        long measureFrom = start + settings.warmUp().toNanos();
        long end = measureFrom + settings.length().toNanos();
        learners.forEach(learner -> learner.measureFrom = measureFrom);
        Thread sender = Thread.ofPlatform().name("benchmark-sender").start(() -> {
            long i = 0;
            long next = start;
            while (next < end) {
                LockSupport.parkNanos(next - System.nanoTime());
                sendDone(streams, learners.get((int) (i++ % learners.size())), topics, measureFrom, sentDone,
                        errors);
                next += 1_000_000_000L / rateAt(next - start);
            }
        });
        sender.join();
        double seconds = (System.nanoTime() - measureFrom) / 1e9;
        // Let the last notices arrive: what has not arrived after ten seconds is lost.
        long drainUntil = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < drainUntil && learners.stream().anyMatch(learner -> !learner.sentDone.isEmpty())) {
            Thread.sleep(200);
        }
        List<Long> all = sorted(learners.stream().flatMap(learner -> learner.latenciesNanos.stream()));
        List<Long> toStored = sorted(learners.stream().flatMap(learner -> learner.toStoredNanos.stream()));
        List<Long> toStream = sorted(learners.stream().flatMap(learner -> learner.toStreamNanos.stream()));
        List<Long> answered = sorted(answeredNanos.stream());
        long lost = learners.stream().mapToLong(learner -> learner.sentDone.size()).sum();
        double p99 = millis(all, 0.99);
        double putP99 = millis(answered, 0.99);
        String slowSeconds = SlowSeconds.describe(SlowSeconds.over(learners.stream()
                .flatMap(learner -> learner.samples.stream()).toList(), P99_GOAL.bound()),
                settings.length().toSeconds());
        String markdown = """
                %d learners, each with one SSE stream through the gateway and at its own point of the roadmap \
                (head starts of 0 to %d topics skipped before); %d topics marked DONE a second through the gateway \
                (each a real change) for %d s, after a %d s warm-up climbing from a tenth of that rate.

                | DONE sent | notices measured | lost | failed requests | achieved DONE/s | p50 ms | p95 ms | p99 ms | max ms |
                |---|---|---|---|---|---|---|---|---|
                | %d | %d | %d | %d | %s | %s | %s | %s | %s |

                Failed requests by cause: %s; during the warm-up (not counted above): %s.

                Seconds of the measurement (from 0) in which a DONE sent took longer than the %s ms target: %s.

                Where the time goes, split at the notice's `createdAt` (the same machine's clock on both sides); the \
                PUT answered is the same-run baseline of the whole:

                | part | p50 ms | p95 ms | p99 ms |
                |---|---|---|---|
                | PUT answered (gateway, progress-service transaction) | %s | %s | %s |
                | sent → notice stored (and outbox relay, Kafka, consumer) | %s | %s | %s |
                | notice stored → on the stream (commit, Redis pub/sub, SSE, gateway) | %s | %s | %s |

                The notification-service's own view of its `TopicStatusChanged` events (its lag timers, over about \
                the last two minutes): event time → sent by the progress-service's outbox %s; sent → received %s.
                """.formatted(learners.size(), settings.headStart(learners.size() - 1), settings.rate(),
                settings.length().toSeconds(),
                settings.warmUp().toSeconds(), sentDone.get(), all.size(), lost, errors.get(),
                Report.format(sentDone.get() / seconds), Report.format(millis(all, 0.50)),
                Report.format(millis(all, 0.95)), Report.format(p99),
                Report.format(all.isEmpty() ? Double.NaN : all.getLast() / 1e6),
                failures.isEmpty() ? "none" : failures.toString(),
                warmUpFailures.isEmpty() ? "none" : warmUpFailures.toString(), Report.format(P99_GOAL.bound()),
                slowSeconds,
                Report.format(millis(answered, 0.50)),
                Report.format(millis(answered, 0.95)), Report.format(putP99),
                Report.format(millis(toStored, 0.50)), Report.format(millis(toStored, 0.95)),
                Report.format(millis(toStored, 0.99)), Report.format(millis(toStream, 0.50)),
                Report.format(millis(toStream, 0.95)), Report.format(millis(toStream, 0.99)),
                lagQuantiles("learnpath_events_relay_lag_seconds"),
                lagQuantiles("learnpath_events_delivery_lag_seconds"));
        String at = " at " + settings.rate() + " DONE/s";
        return new CaseResult("Notifications: topic done → notice on the stream", markdown, List.of(
                new Figure("notification.done-per-s", sentDone.get() / seconds),
                new Figure("notification.p50-ms", millis(all, 0.50)),
                new Figure("notification.p95-ms", millis(all, 0.95)),
                new Figure("notification.p99-ms", p99),
                new Figure("notification.put-p99-ms", putP99),
                new Figure("notification.to-stored-p99-ms", millis(toStored, 0.99)),
                new Figure("notification.to-stream-p99-ms", millis(toStream, 0.99))),
                List.of(new Ratio("notification.p99-over-put-p99", "topic done → notice p99 ÷ PUT answered p99"
                        + at, Ratio.of(p99, putP99), Better.LOWER, null)),
                List.of(new Limit("notification.p99-ms", "topic done → notice on the stream, p99" + at, p99, "ms",
                                P99_GOAL),
                        new Limit("notification.lost", "notices lost" + at, lost, "notices", Goal.atMost(0)),
                        new Limit("notification.failed-requests", "DONE requests failed" + at, errors.get(),
                                "requests", Goal.atMost(0))),
                List.of());
    }

    /** DONE per second {@code elapsedNanos} into the run: a linear climb during the warm-up, then the rate. */
    private long rateAt(long elapsedNanos) {
        long rate = settings.rate();
        if (elapsedNanos >= settings.warmUp().toNanos()) {
            return rate;
        }
        return Math.max(1, rate / 10 + (rate - rate / 10) * elapsedNanos / settings.warmUp().toNanos());
    }

    private void sendDone(Streams streams, Learner learner, List<String> topics, long measureFrom,
            AtomicInteger sentDone, AtomicInteger errors) {
        int topic = learner.next.getAndIncrement();
        if (topic >= topics.size()) {
            // Every topic of the roadmap done: no change left to make (raise learners or lower seconds).
            return;
        }
        Sent sent = Sent.now();
        learner.sentDone.add(sent);
        if (sent.nanos() >= measureFrom) {
            sentDone.incrementAndGet();
        }
        streams.client().sendAsync(HttpRequest.newBuilder(stack.gateway().resolve(topicPath(topics.get(topic))))
                        .header("Authorization", "Bearer " + learner.token)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"DONE\"}"))
                        .build(), HttpResponse.BodyHandlers.discarding())
                .whenComplete((response, failure) -> {
                    boolean measured = sent.nanos() >= measureFrom;
                    if (measured) {
                        answeredNanos.add(System.nanoTime() - sent.nanos());
                    }
                    if (failure != null || response.statusCode() != 200) {
                        // No notice will come for it: left in the queue, it would be matched with the learner's
                        // next notice, and every later one of that learner would be a DONE late.
                        learner.sentDone.remove(sent);
                        String cause = failure != null ? failure.getClass().getSimpleName()
                                : "HTTP " + response.statusCode();
                        if (measured) {
                            errors.incrementAndGet();
                            failures.computeIfAbsent(cause, key -> new AtomicInteger()).incrementAndGet();
                        } else {
                            warmUpFailures.computeIfAbsent(cause, key -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                });
    }

    /** "p50 / p95 / p99 ms" of one of the notification-service's lag timers for TopicStatusChanged. */
    private String lagQuantiles(String timer) {
        List<String> lines = Metrics.of(stack, Component.NOTIFICATION).samples(timer,
                "consumer=\"notification-progress\"", "topic-status-changed");
        return Stream.of("0.5", "0.95", "0.99").map(quantile -> lines.stream()
                        .filter(line -> line.contains("quantile=\"" + quantile + "\""))
                        .map(line -> Report.format(1000 * Metrics.value(line)))
                        .findFirst().orElse("–"))
                .collect(Collectors.joining(" / ", "p50 / p95 / p99 ", " ms"));
    }

    static String topicPath(String topic) {
        return "/api/progress/roadmaps/" + Roadmaps.BACKEND + "/topics/" + topic;
    }

    private static List<Long> sorted(Stream<Long> nanos) {
        return nanos.sorted().toList();
    }

    static double millis(List<Long> sortedNanos, double quantile) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(quantile * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, Math.min(index, sortedNanos.size() - 1))) / 1e6;
    }
}
