package io.learnpath.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.launcher.Component;
import io.learnpath.launcher.ServiceProcess;
import io.learnpath.platform.test.http.TestHttp;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The faults one after the other under a steady load: learners keep marking topics done through the gateway,
 * served by two progress-service instances, while the Kafka broker is killed and started again, then frozen and let
 * go, then the Redis server is killed and started again, then the progress-service's database refuses connections
 * for a while, then one of the two progress-service instances is killed. At the end: every answer was a 200 or a
 * 503 problem (nothing else, no 500), and every change the progress-service stored reached the
 * notification-service exactly once. The figures go to {@code target/chaos-report.md} (and docs/reliability.md
 * keeps the last run's).
 */
@ExtendWith(SharedStack.class)
class ChaosRunIT {

    private static final int LEARNERS = 4;
    private static final Duration PACE = Duration.ofMillis(500);
    private static final String ROADMAP = "/api/progress/roadmaps/backend";

    private final RunningStack stack;
    private final TestHttp gateway;
    private final Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final List<Long> millis = java.util.Collections.synchronizedList(new ArrayList<>());
    private final List<String> timeline = new ArrayList<>();
    private final Instant started = Instant.now();

    ChaosRunIT(RunningStack stack) {
        this.stack = stack;
        this.gateway = stack.gateway();
    }

    @Test
    void underASteadyLoadEveryFaultInTurnLosesNothingAndDoublesNothing() throws Exception {
        List<String> topics = gateway.get("/api/content/roadmaps/backend", null).json().path("levels")
                .valueStream().flatMap(level -> level.path("topics").valueStream())
                .flatMap(topic -> java.util.stream.Stream.concat(java.util.stream.Stream.of(topic),
                        topic.path("subtopics").valueStream()))
                .map(topic -> topic.path("slug").asString()).toList();
        // Enough topics for each learner to keep changing one until the scenario is over.
        assertThat(topics.size() * PACE.toMillis()).isGreaterThan(Duration.ofSeconds(80).toMillis());
        List<String> tokens = BenchmarkAccounts.signUp(stack.stack().layout().ports(), LEARNERS);
        // A second progress-service instance, which shares the load until it is killed near the end.
        ServiceProcess second = stack.stack().startExtraInstance(Component.PROGRESS,
                Component.PROGRESS.port(stack.stack().layout().ports()) + 300);
        mark("a second progress-service instance started");

        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> load = new ArrayList<>();
        for (String token : tokens) {
            load.add(Thread.ofVirtual().start(() -> markTopicsDone(token, topics, running)));
        }

        pause(Duration.ofSeconds(5));
        mark("Kafka broker killed (SIGKILL)");
        kill(stack.stack().kafkaPid());
        pause(Duration.ofSeconds(10));
        restartWhatHasExited();
        pause(Duration.ofSeconds(5));
        mark("Kafka broker frozen (SIGSTOP)");
        Faults.signal("STOP", stack.stack().kafkaPid());
        try {
            pause(Duration.ofSeconds(10));
        } finally {
            Faults.signal("CONT", stack.stack().kafkaPid());
        }
        mark("Kafka broker running again (SIGCONT)");
        pause(Duration.ofSeconds(5));
        mark("Redis server killed (SIGKILL)");
        kill(stack.stack().redisPid());
        pause(Duration.ofSeconds(5));
        restartWhatHasExited();
        pause(Duration.ofSeconds(5));
        mark("progress-service's database refuses connections");
        Faults.takeAway(stack, "progress");
        pause(Duration.ofSeconds(10));
        Faults.giveBack(stack, "progress");
        mark("progress-service's database accepts connections again");
        pause(Duration.ofSeconds(10));
        mark("the second progress-service instance killed (SIGKILL)");
        kill(second.pid());
        pause(Duration.ofSeconds(10));
        running.set(false);
        for (Thread thread : load) {
            thread.join(Duration.ofSeconds(30));
        }
        mark("load stopped");

        // Produced: the topics the progress-service holds as done (a change it stored published one event).
        // Applied: the notification-service's TOPIC_COMPLETED notices. Equal per learner once delivery caught up.
        Map<Integer, Integer> produced = new TreeMap<>();
        Map<Integer, Long> applied = new TreeMap<>();
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (int learner = 0; learner < LEARNERS; learner++) {
                produced.put(learner, gateway.get(ROADMAP, tokens.get(learner)).json().path("done").asInt());
                applied.put(learner, gateway.get("/api/notifications?kind=TOPIC_COMPLETED&size=1",
                        tokens.get(learner)).json().path("totalItems").asLong());
            }
            assertThat(applied).isEqualTo(produced.entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, entry -> (long) entry.getValue(), (a, b) -> a,
                            TreeMap::new)));
        });
        mark("every stored change delivered");
        report(produced, applied);

        assertThat(answers.keySet()).as("statuses answered").isSubsetOf(200, 503);
        assertThat(answers.get(200).get()).as("accepted changes").isPositive();
        int accepted = answers.get(200).get();
        int stored = produced.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(stored).as("every accepted change is stored").isGreaterThanOrEqualTo(accepted);
    }

    private void markTopicsDone(String token, List<String> topics, AtomicBoolean running) {
        for (int next = 0; running.get() && next < topics.size(); next++) {
            sent.incrementAndGet();
            long begun = System.nanoTime();
            int status = gateway.request(ROADMAP + "/topics/" + topics.get(next)).token(token)
                    .json("{\"status\": \"DONE\"}").put().status();
            millis.add((System.nanoTime() - begun) / 1_000_000);
            answers.computeIfAbsent(status, ignored -> new AtomicInteger()).incrementAndGet();
            pace();
        }
    }

    private void restartWhatHasExited() {
        mark("the launcher's check for servers that exited (as `./learnpath up` runs it every 5 s)");
        stack.stack().restartInfrastructureThatHasExited().forEach(this::mark);
    }

    private void report(Map<Integer, Integer> produced, Map<Integer, Long> applied) throws IOException {
        StringBuilder report = new StringBuilder("# Chaos run\n\n")
                .append(LEARNERS).append(" learners marking topics done through the gateway, one every ")
                .append(PACE.toMillis()).append(" ms each.\n\n| s | what happened |\n|---|---|\n");
        timeline.forEach(line -> report.append(line).append('\n'));
        report.append("\nRequests sent: ").append(sent.get()).append("; answered by status: ")
                .append(new TreeMap<>(answers.entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().get()))))
                .append("; answered in ").append(quantiles())
                .append(".\n\nEvents produced (changes the progress-service stored) per learner: ").append(produced)
                .append("; applied (TOPIC_COMPLETED notices): ").append(applied).append(".\n");
        Path file = Path.of("target", "chaos-report.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);
    }

    private String quantiles() {
        List<Long> sorted;
        synchronized (millis) {
            sorted = millis.stream().sorted().toList();
        }
        return sorted.isEmpty() ? "-" : "p50 %d ms, p99 %d ms, max %d ms".formatted(sorted.get(sorted.size() / 2),
                sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1), sorted.getLast());
    }

    private synchronized void mark(String what) {
        timeline.add("| %.1f | %s |".formatted(Duration.between(started, Instant.now()).toMillis() / 1000.0, what));
    }

    private static void kill(long pid) {
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        process.destroyForcibly();
        process.onExit().join();
    }

    // The load's pace and the faults' durations are the scenario itself, not waits for a condition.
    private static void pause(Duration duration) throws InterruptedException {
        Thread.sleep(duration);
    }

    private static void pace() {
        try {
            Thread.sleep(PACE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
