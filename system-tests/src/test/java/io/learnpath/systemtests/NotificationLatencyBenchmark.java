package io.learnpath.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.launcher.Ports;
import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.platform.test.http.TestResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two numbers of the notification path on the whole local stack ({@link RunningStack}), both through the gateway:
 *
 * <ol>
 * <li><b>Latency</b>: {@code benchmark.learners} learners each hold a notification stream (SSE) through the gateway;
 * topics are marked done through the gateway at {@code benchmark.rate} a second, each learner in turn finishing the
 * next topic of the roadmap it has not finished (every request a real change). Per DONE, the time from sending the
 * PUT to its {@code TOPIC_COMPLETED} notice arriving on that learner's stream: the progress-service's transaction and
 * outbox, Kafka, the notification-service's consumer and transaction, Redis pub/sub, the SSE writer and the gateway;
 * split at the notice's {@code createdAt} to say which half a slow notice lost its time in.</li>
 * <li><b>Subscribers</b>: streams opened through the gateway in steps ({@code benchmark.subscriber-steps}), five per
 * learner (the most one learner may hold), each step checked by a notice that must reach every stream of a sample of
 * learners within a second; with the notification-service's open-stream gauge and heap after each step.</li>
 * </ol>
 *
 * <p>Not a system test (its name keeps it out of failsafe's includes). Run it with {@code ./mvnw -B verify
 * -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=NotificationLatencyBenchmark -Dapi-lint.skip
 * -Dlearnpath.system-test.jvm-options=peak} (the full JIT, as a deployment runs; the warm-up gives it time);
 * knobs {@code -Dbenchmark.learners=150 -Dbenchmark.rate=100 -Dbenchmark.seconds=30 -Dbenchmark.warm-up-seconds=150
 * -Dbenchmark.subscriber-steps=100,200,400,800,1200}. Writes {@code target/benchmarks/notification-latency.md}.
 */
@ExtendWith(SharedStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationLatencyBenchmark {

    private static final int LEARNERS = Integer.getInteger("benchmark.learners", 150);
    private static final int RATE = Integer.getInteger("benchmark.rate", 100);
    private static final Duration LENGTH = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 30));
    // The open loop climbs from a tenth of the rate to the full rate over this time before measuring: a JIT
    // still compiling (C2 especially) cannot take the full rate at once, and the gateway's breaker would open.
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("benchmark.warm-up-seconds", 150));
    private static final List<Integer> STEPS = Stream.of(System.getProperty("benchmark.subscriber-steps",
            "100,200,400,800,1200").split(",")).map(String::strip).map(Integer::valueOf).toList();
    private static final int STREAMS_PER_LEARNER = 5;
    private static final String ROADMAP = "backend";

    private final RunningStack stack;
    private final Ports ports;
    private final JsonMapper json = JsonMapper.builder().build();
    // HTTP/1.1 as browsers speak it to the gateway here (no h2c upgrade attempts on plain http).
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final List<Long> answeredNanos = new CopyOnWriteArrayList<>();

    NotificationLatencyBenchmark(RunningStack stack) {
        this.stack = stack;
        this.ports = stack.stack().layout().ports();
    }

    /** One learner as the benchmark drives it: a token, the topic it toggles, and its notices as they arrive. */
    private final class Learner {
        final String token;
        final AtomicInteger next = new AtomicInteger();
        final Queue<Sent> sentDone = new ConcurrentLinkedQueue<>();
        final List<Long> latenciesNanos = new CopyOnWriteArrayList<>();
        // The two halves of each latency, split at the notice's createdAt (the notification-service's transaction):
        // request, outbox, Kafka and consumer before it; commit, Redis pub/sub, SSE and gateway after it.
        final List<Long> toStoredNanos = new CopyOnWriteArrayList<>();
        final List<Long> toStreamNanos = new CopyOnWriteArrayList<>();
        final AtomicInteger arrivals = new AtomicInteger();
        volatile long measureFrom = Long.MAX_VALUE;

        Learner(String token) {
            this.token = token;
        }

        void arrived(long now, JsonNode notice) {
            arrivals.incrementAndGet();
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
            }
        }
    }

    /** When a DONE was sent: the monotonic clock for the latency, the wall clock to compare with the notice's. */
    private record Sent(long nanos, Instant at) {
        static Sent now() {
            return new Sent(System.nanoTime(), Instant.now());
        }
    }

    @Test
    void fromTopicDoneToTheNoticeOnTheStreamAndHowManyStreamsOneInstanceHolds() throws Exception {
        String report = "# Notifications through the gateway\n\n" + latency();
        write(report);
        write(report + "\n" + subscribers());
    }

    // Written after each part, so the latency numbers survive a subscriber step that takes the service down.
    private static void write(String report) throws java.io.IOException {
        Path file = Path.of("target/benchmarks/notification-latency.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);
    }

    private String latency() throws Exception {
        List<String> topics = topicsOf(ROADMAP);
        List<Learner> learners = new ArrayList<>();
        for (String token : BenchmarkAccounts.signUp(ports, LEARNERS)) {
            learners.add(new Learner(token));
        }
        for (Learner learner : learners) {
            openStream(learner.token, learner::arrived);
        }
        // Each learner's streams are open once the service counts them.
        await().atMost(Duration.ofMinutes(1)).until(() -> openStreams() >= LEARNERS);

        // A closed-loop warm-up first: one DONE per learner, one after another, each answered before the next. A
        // cold stack hit at once by the open loop below answers slowly, and the gateway's circuit breaker opens.
        for (Learner learner : learners) {
            int topic = learner.next.getAndIncrement();
            learner.sentDone.add(Sent.now());
            TestResponse warm = stack.gateway().request("/api/progress/roadmaps/" + ROADMAP + "/topics/"
                    + topics.get(topic)).token(learner.token).json(Map.of("status", "DONE")).put();
            assertThat(warm.status()).as(warm.toString()).isEqualTo(200);
        }
        await().atMost(Duration.ofMinutes(1))
                .until(() -> learners.stream().allMatch(learner -> learner.sentDone.isEmpty()));

        AtomicInteger errors = new AtomicInteger();
        AtomicInteger sentDone = new AtomicInteger();
        long start = System.nanoTime();
        long measureFrom = start + WARM_UP.toNanos();
        long end = measureFrom + LENGTH.toNanos();
        learners.forEach(learner -> learner.measureFrom = measureFrom);
        Thread sender = Thread.ofPlatform().name("benchmark-sender").start(() -> {
            long i = 0;
            long next = start;
            while (next < end) {
                LockSupport.parkNanos(next - System.nanoTime());
                sendDone(learners.get((int) (i++ % learners.size())), topics, measureFrom, sentDone, errors);
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
        return """
                ## From "topic done" to the notice on the stream

                %d learners, each with one SSE stream through the gateway; %d topics marked DONE a second through the
                gateway (each a real change) for %d s, after a %d s warm-up climbing from a tenth of that rate; %s,
                %d cores, component JVMs `%s`.

                | DONE sent | notices measured | lost | request errors | achieved DONE/s | p50 ms | p95 ms | p99 ms | max ms |
                |---|---|---|---|---|---|---|---|---|
                | %d | %d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f |

                Request errors by cause: %s.

                Where the time goes, split at the notice's `createdAt` (the same machine's clock on both sides):

                | part | p50 ms | p95 ms | p99 ms |
                |---|---|---|---|
                | PUT answered (gateway, progress-service transaction) | %.1f | %.1f | %.1f |
                | sent → notice stored (and outbox relay, Kafka, consumer) | %.1f | %.1f | %.1f |
                | notice stored → on the stream (commit, Redis pub/sub, SSE, gateway) | %.1f | %.1f | %.1f |

                The notification-service's own view of its `TopicStatusChanged` events (its lag timers, over about the
                last two minutes): event time → sent by the progress-service's outbox %s; sent → received %s.
                """.formatted(LEARNERS, RATE, LENGTH.toSeconds(), WARM_UP.toSeconds(), Instant.now(),
                Runtime.getRuntime().availableProcessors(), RunningStack.JVM_OPTIONS, sentDone.get(), all.size(),
                lost, errors.get(), sentDone.get() / seconds, millis(all, 0.50), millis(all, 0.95),
                millis(all, 0.99), all.isEmpty() ? 0 : all.getLast() / 1e6,
                failures.isEmpty() ? "none" : failures.toString(), millis(answered, 0.50), millis(answered, 0.95),
                millis(answered, 0.99), millis(toStored, 0.50), millis(toStored, 0.95), millis(toStored, 0.99),
                millis(toStream, 0.50), millis(toStream, 0.95), millis(toStream, 0.99),
                lagQuantiles("learnpath_events_relay_lag_seconds"),
                lagQuantiles("learnpath_events_delivery_lag_seconds"));
    }

    /** DONE per second {@code elapsedNanos} into the run: a linear climb during the warm-up, then the rate. */
    private static long rateAt(long elapsedNanos) {
        if (elapsedNanos >= WARM_UP.toNanos()) {
            return RATE;
        }
        return Math.max(1, RATE / 10 + (RATE - RATE / 10) * elapsedNanos / WARM_UP.toNanos());
    }

    private void sendDone(Learner learner, List<String> topics, long measureFrom, AtomicInteger sentDone,
            AtomicInteger errors) {
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
        client.sendAsync(HttpRequest.newBuilder(gateway("/api/progress/roadmaps/" + ROADMAP + "/topics/"
                                + topics.get(topic)))
                        .header("Authorization", "Bearer " + learner.token)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"status\":\"DONE\"}"))
                        .build(), HttpResponse.BodyHandlers.discarding())
                .whenComplete((response, failure) -> {
                    if (sent.nanos() >= measureFrom) {
                        answeredNanos.add(System.nanoTime() - sent.nanos());
                    }
                    if (failure != null || response.statusCode() != 200) {
                        errors.incrementAndGet();
                        failures.computeIfAbsent(failure != null ? failure.getClass().getSimpleName()
                                : "HTTP " + response.statusCode(), key -> new AtomicInteger()).incrementAndGet();
                    }
                });
    }

    private String subscribers() throws Exception {
        StringBuilder out = new StringBuilder("""
                ## Concurrent SSE subscribers on one notification-service instance

                Streams opened through the gateway, %d per learner; at each step one topic is marked done for 20 of
                the learners and every one of their streams must get the notice within 1 s. "Streams" is the
                notification-service's `learnpath_notifications_live_streams` gauge, "heap" its heap in use (MB).

                | subscribers | streams (gauge) | sample reached in 1 s | heap MB |
                |---|---|---|---|
                """.formatted(STREAMS_PER_LEARNER));
        int before = (int) openStreams();
        List<String> tokens = new ArrayList<>();
        Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
        List<String> topics = topicsOf(ROADMAP);
        String largestClean = "none";
        for (int step : STEPS) {
            int learnersNeeded = (step + STREAMS_PER_LEARNER - 1) / STREAMS_PER_LEARNER;
            for (String token : BenchmarkAccounts.signUp(ports, learnersNeeded - tokens.size())) {
                tokens.add(token);
                AtomicInteger counter = new AtomicInteger();
                received.put(token, counter);
                for (int s = 0; s < STREAMS_PER_LEARNER; s++) {
                    openStream(token, (now, notice) -> counter.incrementAndGet());
                }
            }
            boolean allOpen;
            try {
                await().atMost(Duration.ofMinutes(2)).until(() -> openStreams() - before >= step);
                allOpen = true;
            } catch (org.awaitility.core.ConditionTimeoutException | java.io.UncheckedIOException e) {
                out.append("| %d | – | the notification-service stopped answering (%s) | – |%n".formatted(step,
                        e.getClass().getSimpleName()));
                break;
            }
            List<String> sample = tokens.subList(0, Math.min(20, tokens.size()));
            Map<String, Integer> counts = new ConcurrentHashMap<>();
            sample.forEach(token -> counts.put(token, received.get(token).get()));
            String topic = topics.get(STEPS.indexOf(step) % topics.size());
            for (String token : sample) {
                stack.gateway().request("/api/progress/roadmaps/" + ROADMAP + "/topics/" + topic).token(token)
                        .json(Map.of("status", "DONE")).put();
            }
            boolean reached;
            try {
                // Each stream of a sampled learner gets the notice (and maybe a milestone): at least one each.
                await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20)).until(() -> sample.stream()
                        .allMatch(token -> received.get(token).get() - counts.get(token) >= STREAMS_PER_LEARNER));
                reached = true;
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                reached = false;
            }
            double streams = openStreams() - before;
            out.append("| %d | %.0f | %s | %.0f |%n".formatted(step, streams, reached ? "yes" : "no",
                    notificationHeapMegabytes()));
            if (!allOpen || !reached) {
                break;
            }
            largestClean = Integer.toString(step);
        }
        out.append("%nLargest step with every stream open and the sample reached within 1 s: **%s**.%n"
                .formatted(largestClean));
        return out.toString();
    }

    private interface Arrival {
        void arrived(long nanoTime, JsonNode notice);
    }

    /** Opens an SSE stream through the gateway; each {@code notification} event goes to {@code arrival}. */
    private void openStream(String token, Arrival arrival) {
        HttpRequest request = HttpRequest.newBuilder(gateway("/api/notifications/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
        client.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(response -> Thread.ofVirtual()
                .start(() -> {
                    String event = null;
                    for (String line : (Iterable<String>) response.body()::iterator) {
                        if (line.startsWith("event:")) {
                            event = line.substring("event:".length()).strip();
                        } else if (line.startsWith("data:") && "notification".equals(event)) {
                            arrival.arrived(System.nanoTime(), json.readTree(line.substring("data:".length())));
                        } else if (line.isEmpty()) {
                            event = null;
                        }
                    }
                }));
    }

    /** "p50 / p95 / p99 ms" of one of the notification-service's lag timers for TopicStatusChanged. */
    private String lagQuantiles(String timer) {
        List<String> lines = notificationMetrics().stream().filter(line -> line.startsWith(timer + "{")
                        && line.contains("consumer=\"notification-progress\"") && line.contains("topic-status-changed"))
                .toList();
        return Stream.of("0.5", "0.95", "0.99").map(quantile -> lines.stream()
                        .filter(line -> line.contains("quantile=\"" + quantile + "\""))
                        .map(line -> line.substring(line.lastIndexOf(' ') + 1))
                        .map(seconds -> "%.1f".formatted(1000 * Double.parseDouble(seconds)))
                        .findFirst().orElse("–"))
                .collect(Collectors.joining(" / ", "p50 / p95 / p99 ", " ms"));
    }

    private double openStreams() {
        return metric("learnpath_notifications_live_streams");
    }

    private double notificationHeapMegabytes() {
        return notificationMetrics().stream().filter(line -> line.startsWith("jvm_memory_used_bytes{")
                        && line.contains("area=\"heap\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum() / 1048576;
    }

    private double metric(String name) {
        return notificationMetrics().stream().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private List<String> notificationMetrics() {
        TestResponse metrics = TestHttp.at(URI.create("http://localhost:" + ports.notification()))
                .get("/actuator/prometheus");
        assertThat(metrics.status()).as(metrics.toString()).isEqualTo(200);
        return metrics.body().lines().toList();
    }

    private URI gateway(String path) {
        return URI.create("http://127.0.0.1:" + ports.gateway() + path);
    }

    private static List<Long> sorted(Stream<Long> nanos) {
        return nanos.sorted().toList();
    }

    private static double millis(List<Long> sortedNanos, double quantile) {
        if (sortedNanos.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(quantile * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, Math.min(index, sortedNanos.size() - 1))) / 1e6;
    }

    private List<String> topicsOf(String roadmap) {
        TestResponse tree = stack.gateway().get("/api/content/roadmaps/" + roadmap, null);
        assertThat(tree.status()).as(tree.toString()).isEqualTo(200);
        // Sub-topics included: each learner needs one topic per DONE it sends.
        return tree.json().path("levels").valueStream().flatMap(level -> level.path("topics").valueStream())
                .flatMap(topic -> Stream.concat(Stream.of(topic), topic.path("subtopics").valueStream()))
                .map(topic -> topic.path("slug").asString()).toList();
    }
}
