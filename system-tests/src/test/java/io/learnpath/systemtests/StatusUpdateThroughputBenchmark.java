package io.learnpath.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.launcher.Ports;
import io.learnpath.platform.test.benchmark.HttpLoad;
import io.learnpath.platform.test.benchmark.HttpLoad.Call;
import io.learnpath.platform.test.benchmark.HttpLoad.Round;
import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.platform.test.http.TestResponse;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Status-update throughput ({@code PUT /api/progress/roadmaps/backend/topics/{topic}}) through the gateway and
 * directly against the progress-service, side by side in one run on the whole local stack as {@code ./learnpath up}
 * starts it ({@link RunningStack}: every component its own JVM, real PostgreSQL, Kafka and Redis, the repository's
 * curriculum). Rounds alternate between the two targets so that machine noise hits both alike.
 *
 * <p>Every request is meant to be a real change (a row written and a {@code TopicStatusChanged} put in the outbox in
 * one transaction, relayed to Kafka and turned into a notification by the notification-service): a hundred accounts
 * ({@code benchmark.learners}) each set four topics ({@code benchmark.topics}) back and forth between DONE and
 * IN_PROGRESS, starting each round from the status each topic has then (read from the summary), and the load driver
 * never lets two threads send the same request at once. The progress-service's own counter of committed changes
 * ({@code learnpath_progress_status_changes_total}) says how many requests really changed something.
 *
 * <p>The HTTP side commits changes faster than the outbox relays them to Kafka, and the backlog waits in the
 * progress-service's memory: left to grow over several rounds it filled the heap, and later rounds measured the
 * garbage collector. So after each round the benchmark waits until the outbox is empty again (its
 * {@code learnpath_outbox_backlog} gauge), and every round starts from the same state; how long that took is the
 * relay's own throughput, reported beside the HTTP numbers.
 *
 * <p>The gateway limits each learner to 20 requests a second (bursts of 40; {@code RateLimitProperties}). This
 * measures the gateway, limiter included, not the limit: 100 learners allow 2,000 requests a second, and any
 * refusal (429) would count as an error, which fails the run. (The component JVMs inherit this one's environment, so
 * {@code LEARNPATH_GATEWAY_RATELIMIT_API_REPLENISHRATE} set for the Maven run would change the limit; the report
 * names the limit in force.) The accounts are signed up and signed in at the auth-service directly, so that the
 * strict sign-in budget (one a second per address) does not stretch the setup.
 * Writes {@code target/benchmarks/status-update-throughput.md}.
 *
 * <p>Not a system test: its name keeps it out of failsafe's default includes, so {@code ./mvnw verify} does not run
 * it. Run it with {@code ./mvnw -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=StatusUpdateThroughputBenchmark -Dapi-lint.skip}: the whole reactor, since every component's jar must be
 * packaged; the module tests are skipped by {@code -Dtest=none} ({@code -DskipTests} would skip this too), the lint
 * because no OpenAPI document is written. Knobs: {@code -Dbenchmark.clients=8 -Dbenchmark.seconds=10
 * -Dbenchmark.rounds=3 -Dbenchmark.learners=100 -Dbenchmark.topics=4}, and
 * {@code -Dlearnpath.system-test.port-offset=23000} to keep clear of a system-test run on the default ports.
 */
@ExtendWith(SharedStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatusUpdateThroughputBenchmark {

    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 8);
    private static final Duration ROUND = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 10));
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 3);
    private static final int LEARNERS = Integer.getInteger("benchmark.learners", 100);
    private static final int TOPICS = Integer.getInteger("benchmark.topics", 4);
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final String ROADMAP = "backend";
    private static final String CHANGES_COUNTER = "learnpath_progress_status_changes_total";
    private static final String OUTBOX_BACKLOG = "learnpath_outbox_backlog";
    // Every round starts with an empty outbox, so each measures the same system; see the class comment.
    private static final Duration DRAIN_PATIENCE = Duration.ofMinutes(10);
    // The component JVMs inherit this one's environment: a rate limit set there for a run is the gateway's.
    private static final String RATE_LIMIT = System.getenv()
            .getOrDefault("LEARNPATH_GATEWAY_RATELIMIT_API_REPLENISHRATE", "20");
    private static final String BURST = System.getenv()
            .getOrDefault("LEARNPATH_GATEWAY_RATELIMIT_API_BURSTCAPACITY", "40");

    private final RunningStack stack;
    private final Ports ports;
    private final TestHttp progress;

    StatusUpdateThroughputBenchmark(RunningStack stack) {
        this.stack = stack;
        this.ports = stack.stack().layout().ports();
        this.progress = TestHttp.at(URI.create("http://localhost:" + ports.progress()));
    }

    @Test
    void statusUpdatesThroughTheGatewayAgainstDirectlyToTheProgressService() throws Exception {
        List<String> tokens = BenchmarkAccounts.signUp(ports, LEARNERS);
        List<String> topics = firstTopicsOf(ROADMAP);
        URI gateway = URI.create("http://127.0.0.1:" + ports.gateway());
        URI direct = URI.create("http://127.0.0.1:" + ports.progress());

        measure(gateway, tokens, topics, WARM_UP);
        measure(direct, tokens, topics, WARM_UP);
        List<Measured> throughGateway = new ArrayList<>();
        List<Measured> directly = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            throughGateway.add(measure(gateway, tokens, topics, ROUND));
            directly.add(measure(direct, tokens, topics, ROUND));
        }

        String report = report(throughGateway, directly) + residentMemory();
        Path file = Path.of("target/benchmarks/status-update-throughput.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);
        assertThat(Stream.concat(throughGateway.stream(), directly.stream()))
                .allSatisfy(measured -> assertThat(measured.round().errors()).isZero());
    }

    /**
     * One stretch of load, the changes the progress-service committed meanwhile, and, right after it, the events
     * still waiting in its outbox and its heap in use: a relay that falls behind shows there first.
     */
    private record Measured(Round round, double changesPerSecond, long outboxBacklog, double heapMegabytes,
            Duration drained) {

        /** Events relayed per second while the outbox drained with no new changes coming in. */
        double relayedPerSecond() {
            return drained.isZero() ? 0 : outboxBacklog * 1000.0 / drained.toMillis();
        }

        double realChanges() {
            return changesPerSecond / round.perSecond();
        }
    }

    private Measured measure(URI target, List<String> tokens, List<String> topics, Duration length)
            throws Exception {
        List<Call> calls = backAndForth(tokens, topics);
        double before = sum(progressMetrics(), CHANGES_COUNTER);
        Instant start = Instant.now();
        Round round = HttpLoad.put(target, Map.of("Content-Type", "application/json"), calls, CLIENTS).run(length);
        // Over the whole run (wrk's start and end included), as wrk's own rate is over its run.
        Duration took = Duration.between(start, Instant.now());
        List<String> after = progressMetrics();
        Instant drainStart = Instant.now();
        await().atMost(DRAIN_PATIENCE).pollInterval(Duration.ofMillis(500))
                .until(() -> sum(progressMetrics(), OUTBOX_BACKLOG) == 0);
        return new Measured(round, (sum(after, CHANGES_COUNTER) - before) * 1000 / took.toMillis(),
                (long) sum(after, OUTBOX_BACKLOG),
                sum(after.stream().filter(line -> line.contains("area=\"heap\"")).toList(), "jvm_memory_used_bytes")
                        / 1048576, Duration.between(drainStart, Instant.now()));
    }

    /**
     * Each (learner, topic) first set to the status it does not have now, then back, learners taking turns so that
     * consecutive requests are different learners'. Walked in order, every request is a change.
     */
    private List<Call> backAndForth(List<String> tokens, List<String> topics) {
        List<Call> there = new ArrayList<>();
        List<Call> back = new ArrayList<>();
        List<Map<String, String>> statuses = tokens.stream().map(this::statusesOf).toList();
        for (String topic : topics) {
            for (int learner = 0; learner < tokens.size(); learner++) {
                String first = "DONE".equals(statuses.get(learner).get(topic)) ? "IN_PROGRESS" : "DONE";
                String second = "DONE".equals(first) ? "IN_PROGRESS" : "DONE";
                String path = "/api/progress/roadmaps/" + ROADMAP + "/topics/" + topic;
                Map<String, String> authorization = Map.of("Authorization", "Bearer " + tokens.get(learner));
                there.add(new Call(path, authorization, "{\"status\":\"" + first + "\"}"));
                back.add(new Call(path, authorization, "{\"status\":\"" + second + "\"}"));
            }
        }
        there.addAll(back);
        return there;
    }

    private Map<String, String> statusesOf(String token) {
        TestResponse summary = progress.get("/api/progress/roadmaps/" + ROADMAP, token);
        assertThat(summary.status()).as(summary.toString()).isEqualTo(200);
        Map<String, String> statuses = new HashMap<>();
        summary.json().path("topics").valueStream().forEach(topic ->
                statuses.put(topic.path("topicSlug").asString(), topic.path("status").asString()));
        return statuses;
    }

    private List<String> progressMetrics() {
        TestResponse metrics = progress.get("/actuator/prometheus");
        assertThat(metrics.status()).as(metrics.toString()).isEqualTo(200);
        return metrics.body().lines().toList();
    }

    /** The sum of a metric's samples over all its tags, from the Prometheus text format. */
    private static double sum(List<String> metrics, String name) {
        return metrics.stream().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    /** The roadmap's first topics in learning order, sub-topics included, as the content-service serves them. */
    private List<String> firstTopicsOf(String roadmap) {
        TestResponse tree = stack.gateway().get("/api/content/roadmaps/" + roadmap, null);
        assertThat(tree.status()).as(tree.toString()).isEqualTo(200);
        return tree.json().path("levels").valueStream().flatMap(level -> level.path("topics").valueStream())
                .flatMap(topic -> Stream.concat(Stream.of(topic), topic.path("subtopics").valueStream()))
                .map(topic -> topic.path("slug").asString()).limit(TOPICS).toList();
    }

    private static String report(List<Measured> throughGateway, List<Measured> directly) {
        StringBuilder out = new StringBuilder("""
                # Status updates: through the gateway against directly

                `PUT /api/progress/roadmaps/%s/topics/{topic}` on the whole local stack, %d learners × %d topics
                set back and forth between DONE and IN_PROGRESS, %d connections (%s), %d rounds of %d s per target
                after a %d s warm-up each, alternating; component JVMs `%s`; %s, %d cores. "Changes" are the
                progress-service's committed status changes per second over the round; "outbox" the events it had
                not yet relayed to Kafka and "heap" its heap in use (MB), both right after the round; "drained" how
                long the outbox then took to empty with no new changes, and "relayed/s" that backlog over that time.

                | round | target | req/s | p50 ms | p99 ms | changes/s | outbox | heap | drained s | relayed/s |
                |---|---|---|---|---|---|---|---|---|---|
                """.formatted(ROADMAP, LEARNERS, TOPICS, CLIENTS, HttpLoad.driver(), ROUNDS, ROUND.toSeconds(),
                WARM_UP.toSeconds(), RunningStack.JVM_OPTIONS, Instant.now(),
                Runtime.getRuntime().availableProcessors()));
        for (int i = 0; i < throughGateway.size(); i++) {
            row(out, i + 1, "gateway", throughGateway.get(i));
            row(out, i + 1, "direct", directly.get(i));
        }
        double gatewayRate = mean(throughGateway.stream().map(Measured::round).mapToDouble(Round::perSecond));
        double directRate = mean(directly.stream().map(Measured::round).mapToDouble(Round::perSecond));
        double gatewayP99 = mean(throughGateway.stream().map(Measured::round).mapToDouble(Round::p99Millis));
        double directP99 = mean(directly.stream().map(Measured::round).mapToDouble(Round::p99Millis));
        out.append("""

                Mean: through the gateway %.0f req/s, directly %.0f req/s: **%.2f ×**; p99 %.1f ms against %.1f ms \
                (%+.1f ms). Real changes: %.0f %% of the requests through the gateway, %.0f %% directly. Per learner
                through the gateway: %.1f req/s (the gateway's limit: %s a second, bursts of %s). The outbox relayed
                %.0f events/s while draining.
                """.formatted(gatewayRate, directRate, gatewayRate / directRate, gatewayP99, directP99,
                gatewayP99 - directP99, 100 * mean(throughGateway.stream().mapToDouble(Measured::realChanges)),
                100 * mean(directly.stream().mapToDouble(Measured::realChanges)), gatewayRate / LEARNERS, RATE_LIMIT,
                BURST, mean(Stream.concat(throughGateway.stream(), directly.stream())
                        .mapToDouble(Measured::relayedPerSecond))));
        return out.toString();
    }

    /** Each component JVM's resident memory now, after the load (the "≤ 300 MB under load" target). */
    private String residentMemory() {
        return stack.stack().services().values().stream()
                .sorted(Comparator.comparing(process -> process.component().module()))
                .map(process -> process.component().module() + " " + process.residentMemory().stream()
                        .mapToObj(bytes -> bytes / 1048576 + " MB").findFirst().orElse("n/a"))
                .collect(Collectors.joining(", ", "\nResident memory after the last round: ", ".\n"));
    }

    private static void row(StringBuilder out, int round, String target, Measured measured) {
        Round r = measured.round();
        out.append("| %d | %s | %.0f | %.1f | %.1f | %.0f | %,d | %.0f | %.1f | %.0f |%n".formatted(round, target,
                r.perSecond(), r.p50Millis(), r.p99Millis(), measured.changesPerSecond(), measured.outboxBacklog(),
                measured.heapMegabytes(), measured.drained().toMillis() / 1000.0, measured.relayedPerSecond()));
    }

    private static double mean(DoubleStream values) {
        return values.average().orElse(0);
    }
}
