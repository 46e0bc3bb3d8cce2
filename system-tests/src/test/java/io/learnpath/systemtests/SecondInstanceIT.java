package io.learnpath.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.launcher.Component;
import io.learnpath.launcher.DiscoveryCredentials;
import io.learnpath.launcher.ServiceProcess;
import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.platform.test.http.TestResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A service with two real instances, one of which dies (SIGKILL) or freezes (SIGSTOP) under a steady stream of
 * requests through the gateway: every read is answered 200 within the read limit (a failed or abandoned attempt is
 * retried on the other instance), the gateway stops offering the lost instance within seconds, well before Eureka
 * evicts it, and a write is either stored or refused with a 503 problem.
 *
 * <p>The instances that die are extra ones the test starts ({@link io.learnpath.launcher.Stack#startExtraInstance});
 * the stack's own keep running for the classes after this one. Killed first, frozen last: a killed instance stays
 * in its Kafka consumer group and in Eureka until its session and lease expire (45 s, 30 s and more), and the
 * frozen case, with an instance to start, outlasts both.
 */
@ExtendWith(SharedStack.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecondInstanceIT {

    private static final Duration PACE = Duration.ofMillis(100);
    private static final Duration WRITE_PACE = Duration.ofMillis(250);
    private static final Duration READ_LIMIT = Duration.ofSeconds(3);
    private static final Duration READ_ATTEMPT_LIMIT = Duration.ofMillis(1400);
    private static final Duration FAST = Duration.ofMillis(500);
    /**
     * "Within a few seconds" of a kill: the gateway's readiness checks run 2 s after the last round, and a dead
     * instance refuses the connection at once.
     */
    private static final Duration KILLED_OUT_WITHIN = Duration.ofSeconds(5);
    /**
     * Of a freeze: a check that hangs fails after 2 s (the interval), and a refetch of the registry (every 5 s)
     * starts a round over, so at worst about 6 s.
     */
    private static final Duration FROZEN_OUT_WITHIN = Duration.ofSeconds(8);
    private static final String CONTENT_READ = "/api/content/roadmaps/backend";
    private static final String PROGRESS = "/api/progress/roadmaps/backend";

    private final RunningStack stack;
    private final TestHttp gateway;

    SecondInstanceIT(RunningStack stack) {
        this.stack = stack;
        this.gateway = stack.gateway();
    }

    @Test
    @Order(1)
    void writesWhileAProgressInstanceIsKilledAreStoredOrRefusedWithA503Problem() {
        String token = learner();
        List<String> topics = gateway.get("/api/content/roadmaps/backend", null).json().path("levels")
                .valueStream().flatMap(level -> level.path("topics").valueStream())
                .flatMap(topic -> java.util.stream.Stream.concat(java.util.stream.Stream.of(topic),
                        topic.path("subtopics").valueStream()))
                .map(topic -> topic.path("slug").asString()).toList();
        assertThat(topics).as("a topic for each write of the scenario (12 s, one every 250 ms)").hasSizeGreaterThan(60);
        int port = extraPort(Component.PROGRESS, 1);
        ServiceProcess second = stack.stack().startExtraInstance(Component.PROGRESS, port);
        List<Exchange> writes;
        List<Exchange> reads;
        Instant killed;
        try (SteadyLoad reader = SteadyLoad.reading(gateway, PROGRESS, token, PACE)) {
            awaitTrafficOn(port);
            // The writes start once both instances serve, so the roadmap's topics last for the whole scenario.
            try (SteadyLoad writer = SteadyLoad.writing(gateway, token, topics, WRITE_PACE)) {
                pause(Duration.ofSeconds(2));
                killed = kill(second);
                pause(Duration.ofSeconds(10));
                writes = writer.stop();
            }
            reads = reader.stop();
        } finally {
            stack.stack().stopExtraInstance(second);
        }
        summarize("progress-service instance killed, reads", reads, killed);
        summarize("progress-service instance killed, writes", writes, killed);

        assertEveryReadAnswered200InTime(reads, killed);
        assertThat(writes.stream().filter(write -> write.sentAt().isAfter(killed))).as("writes after the kill")
                .hasSizeGreaterThan(20);
        List<Exchange> refused = writes.stream().filter(write -> write.status() != 200).toList();
        assertThat(refused).as("writes not accepted: refused with a 503 problem, never failed, and only in the "
                + "seconds after the kill, not until Eureka evicts the instance").allSatisfy(write -> {
                    assertThat(write.status()).isEqualTo(503);
                    assertThat(write.contentType()).startsWith("application/problem+json");
                    // In flight when the instance died (sent before, answered after the kill) or sent in the
                    // seconds after it: a write is never repeated, so one the killed instance had taken fails.
                    assertThat(write.sentAt().plus(write.took())).isAfterOrEqualTo(killed);
                    assertThat(write.sentAt()).isBefore(killed.plus(KILLED_OUT_WITHIN));
                });
        Set<String> accepted = writes.stream().filter(write -> write.status() == 200).map(Exchange::path)
                .collect(Collectors.toSet());
        Map<String, String> stored = gateway.get(PROGRESS, token).json().path("topics").valueStream()
                .collect(Collectors.toMap(topic -> topic.path("topicSlug").asString(),
                        topic -> topic.path("status").asString()));
        assertThat(accepted).as("every accepted write is stored").allSatisfy(slug ->
                assertThat(stored).containsEntry(slug, "DONE"));
        System.out.printf("[second instance] writes: %d accepted and stored, %d refused with 503 (sent %s s after "
                + "the kill)%n", accepted.size(), refused.size(), refused.stream()
                .map(write -> "%.2f".formatted(Duration.between(killed, write.sentAt()).toMillis() / 1000.0))
                .collect(Collectors.joining(", ")));
    }

    @Test
    @Order(2)
    void readsAreAnsweredWhileAContentInstanceIsKilledAndItIsDroppedBeforeEurekaEvictsIt() {
        String token = learner();
        int port = extraPort(Component.CONTENT, 1);
        ServiceProcess second = stack.stack().startExtraInstance(Component.CONTENT, port);
        List<Exchange> reads;
        Instant killed;
        try (SteadyLoad reader = SteadyLoad.reading(gateway, CONTENT_READ, token, PACE)) {
            awaitTrafficOn(port);
            killed = kill(second);
            pause(Duration.ofSeconds(10));
            reads = reader.stop();
            assertThat(registered(Component.CONTENT, port))
                    .as("the killed instance is still in Eureka: the gateway did not wait for its eviction").isTrue();
        } finally {
            stack.stack().stopExtraInstance(second);
        }
        summarize("content-service instance killed", reads, killed);

        assertEveryReadAnswered200InTime(reads, killed);
    }

    @Test
    @Order(3)
    void readsAreAnsweredWhileAContentInstanceIsFrozenAndAreFastAgainWithinSeconds() {
        String token = learner();
        int port = extraPort(Component.CONTENT, 2);
        ServiceProcess second = stack.stack().startExtraInstance(Component.CONTENT, port);
        List<Exchange> reads;
        Instant frozen = null;
        try (SteadyLoad reader = SteadyLoad.reading(gateway, CONTENT_READ, token, PACE)) {
            awaitTrafficOn(port);
            frozen = Instant.now();
            signal(second, "STOP");
            Instant since = frozen;
            // Fast again: the last two seconds of reads, all sent after the freeze, each under FAST.
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
                List<Exchange> recent = reader.sentAfter(Instant.now().minusSeconds(2));
                return recent.size() >= 10 && recent.getFirst().sentAt().isAfter(since)
                        && recent.stream().allMatch(read -> read.took().compareTo(FAST) < 0);
            });
            // Keep reading a while once fast: the gateway's health checks start over with every refetch of the
            // registry (5 s), and the frozen instance must stay out through them.
            pause(Duration.ofSeconds(10));
            reads = reader.stop();
        } finally {
            if (frozen != null) {
                signal(second, "CONT");
            }
            stack.stack().stopExtraInstance(second);
        }
        Summary summary = summarize("content-service instance frozen", reads, frozen);

        assertEveryReadAnswered200InTime(reads, frozen);
        assertThat(summary.maxAfterFault()).as("a read sent to the frozen instance, abandoned and retried")
                .isGreaterThanOrEqualTo(READ_ATTEMPT_LIMIT);
        Duration lastSlow = summary.lastSlowAfterFault().orElseThrow();
        assertThat(lastSlow).as("reads fast again within seconds of the freeze")
                .isLessThan(FROZEN_OUT_WITHIN);
        Instant settled = frozen.plus(lastSlow);
        assertThat(reads.stream().filter(read -> read.sentAt().isAfter(settled)))
                .as("every read once the frozen instance is no longer offered")
                .hasSizeGreaterThan(50)
                .allSatisfy(read -> assertThat(read.took()).isLessThan(FAST));
    }

    /** Leaves the stack as it was: the extra instances gone from the registry too, the killed ones evicted. */
    @AfterAll
    static void onlyTheFirstInstancesAreRegistered(RunningStack stack) {
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            for (Component component : List.of(Component.CONTENT, Component.PROGRESS)) {
                for (int extra = 1; extra <= 2; extra++) {
                    assertThat(registered(stack, component, extraPort(stack, component, extra)))
                            .as("%s on port %d", component.module(), extraPort(stack, component, extra)).isFalse();
                }
            }
        });
    }

    private void assertEveryReadAnswered200InTime(List<Exchange> reads, Instant fault) {
        assertThat(reads.stream().filter(read -> read.sentAt().isAfter(fault))).as("reads after the fault")
                .hasSizeGreaterThan(50);
        assertThat(reads).as("every read, before and after the fault").allSatisfy(read -> {
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
            assertThat(read.took()).as(read.toString()).isLessThan(READ_LIMIT);
        });
    }

    /** Waits until the gateway sends the instance on {@code port} a share of the load: it has found it. */
    private static void awaitTrafficOn(int port) {
        long before = apiRequestsServed(port);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> apiRequestsServed(port) - before >= 10);
    }

    /** The API requests an instance has answered, from its own metrics (probes and scrapes left out). */
    private static long apiRequestsServed(int port) {
        TestResponse scrape = TestHttp.at(port).request("/actuator/prometheus").header("Accept", "text/plain").get();
        assertThat(scrape.status()).as(scrape.toString()).isEqualTo(200);
        return scrape.body().lines()
                .filter(line -> line.startsWith("http_server_requests_seconds_count{") && line.contains("uri=\"/api/"))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private boolean registered(Component component, int port) {
        return registered(stack, component, port);
    }

    private static boolean registered(RunningStack stack, Component component, int port) {
        DiscoveryCredentials credentials = stack.stack().discoveryCredentials();
        String basic = Base64.getEncoder().encodeToString((credentials.user() + ":" + credentials.password())
                .getBytes(StandardCharsets.UTF_8));
        TestResponse instance = TestHttp.at(stack.stack().layout().ports().discovery())
                .request("/eureka/apps/" + component.eurekaName() + "/" + component.instanceId(port))
                .header("Accept", "application/json").header("Authorization", "Basic " + basic).get();
        assertThat(instance.status()).as(instance.toString()).isIn(200, 404);
        return instance.status() == 200;
    }

    private int extraPort(Component component, int extra) {
        return extraPort(stack, component, extra);
    }

    /** Off the stack's own ports (and other stacks' on this machine, shifted by a multiple of 1000). */
    private static int extraPort(RunningStack stack, Component component, int extra) {
        return component.port(stack.stack().layout().ports()) + 100 * extra;
    }

    private String learner() {
        return BenchmarkAccounts.signUp(stack.stack().layout().ports(), 1).getFirst();
    }

    private static Instant kill(ServiceProcess instance) {
        ProcessHandle process = ProcessHandle.of(instance.pid()).orElseThrow();
        Instant killed = Instant.now();
        process.destroyForcibly();
        process.onExit().join();
        return killed;
    }

    /** SIGSTOP freezes the JVM as a whole (its sockets still accept connections, nothing answers); SIGCONT thaws. */
    private static void signal(ServiceProcess instance, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(instance.pid())).inheritIO().start();
            assertThat(kill.waitFor()).as("kill -" + signal).isZero();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // How long the load runs after the fault is the scenario itself, not a wait for a condition.
    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Summary summarize(String what, List<Exchange> exchanges, Instant fault) {
        Function<List<Exchange>, Duration> max = list -> list.stream().map(Exchange::took)
                .max(Comparator.naturalOrder()).orElse(Duration.ZERO);
        List<Exchange> after = exchanges.stream().filter(exchange -> exchange.sentAt().isAfter(fault)).toList();
        Optional<Duration> lastSlow = after.stream().filter(exchange -> exchange.took().compareTo(FAST) >= 0)
                .map(exchange -> Duration.between(fault, exchange.sentAt())).max(Comparator.naturalOrder());
        Instant settled = fault.plus(lastSlow.orElse(Duration.ZERO));
        List<Exchange> recovered = after.stream().filter(exchange -> exchange.sentAt().isAfter(settled)).toList();
        Map<Integer, Long> statuses = exchanges.stream()
                .collect(Collectors.groupingBy(Exchange::status, java.util.TreeMap::new, Collectors.counting()));
        Summary summary = new Summary(max.apply(exchanges), max.apply(after), lastSlow, max.apply(recovered));
        System.out.printf("[second instance] %s: %d requests (%d after the fault), statuses %s, p50 %d ms, "
                        + "max %d ms (after the fault %d ms); %s%n", what, exchanges.size(), after.size(), statuses,
                percentile(exchanges, 0.5).toMillis(), summary.max().toMillis(), summary.maxAfterFault().toMillis(),
                lastSlow.map(slow -> "the last one over %d ms sent %.1f s after the fault, the %d after it max %d ms"
                        .formatted(FAST.toMillis(), slow.toMillis() / 1000.0, recovered.size(),
                                summary.maxAfterRecovery().toMillis()))
                        .orElse("none over %d ms after the fault".formatted(FAST.toMillis())));
        return summary;
    }

    private static Duration percentile(List<Exchange> exchanges, double quantile) {
        List<Duration> sorted = exchanges.stream().map(Exchange::took).sorted().toList();
        return sorted.isEmpty() ? Duration.ZERO
                : sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * quantile) - 1));
    }

    /**
     * @param lastSlowAfterFault when, after the fault, the last request slower than {@link #FAST} was sent
     */
    private record Summary(Duration max, Duration maxAfterFault, Optional<Duration> lastSlowAfterFault,
            Duration maxAfterRecovery) {
    }

    /** One request of a steady load: what was asked, when, what came back and how long it took. */
    private record Exchange(String path, Instant sentAt, int status, String contentType, Duration took) {

        @Override
        public String toString() {
            return "%s at %s: %d %s in %d ms".formatted(path, sentAt, status, contentType, took.toMillis());
        }
    }

    /**
     * One client sending a request every {@code pace} (or at once, if the last one took longer) on a thread of its
     * own until stopped, recording every exchange. A request that fails outright (no HTTP answer) is status 0.
     */
    private static final class SteadyLoad implements AutoCloseable {

        private final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        private SteadyLoad(Duration pace, Function<Integer, Exchange> request) {
            this.thread = Thread.ofVirtual().start(() -> {
                for (int next = 0; running.get(); next++) {
                    long begun = System.nanoTime();
                    Exchange exchange = request.apply(next);
                    if (exchange == null) {
                        return;
                    }
                    exchanges.add(exchange);
                    long left = pace.toNanos() - (System.nanoTime() - begun);
                    if (left > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(left);
                    }
                }
            });
        }

        static SteadyLoad reading(TestHttp gateway, String path, String token, Duration pace) {
            return new SteadyLoad(pace, next -> send(path, () -> gateway.request(path).token(token).get()));
        }

        /** Marks one topic after the other done (a PUT, which the gateway never repeats), until none is left. */
        static SteadyLoad writing(TestHttp gateway, String token, List<String> topics, Duration pace) {
            return new SteadyLoad(pace, next -> next >= topics.size() ? null : send(topics.get(next),
                    () -> gateway.request(PROGRESS + "/topics/" + topics.get(next)).token(token)
                            .json("{\"status\": \"DONE\"}").put()));
        }

        private static Exchange send(String what, java.util.function.Supplier<TestResponse> request) {
            Instant sentAt = Instant.now();
            long begun = System.nanoTime();
            try {
                TestResponse response = request.get();
                return new Exchange(what, sentAt, response.status(), response.contentType(),
                        Duration.ofNanos(System.nanoTime() - begun));
            } catch (UncheckedIOException e) {
                return new Exchange(what, sentAt, 0, e.getMessage(), Duration.ofNanos(System.nanoTime() - begun));
            }
        }

        List<Exchange> sentAfter(Instant instant) {
            synchronized (exchanges) {
                return exchanges.stream().filter(exchange -> exchange.sentAt().isAfter(instant)).toList();
            }
        }

        /** Stops the load, waiting for the request in flight, and answers every exchange in the order sent. */
        List<Exchange> stop() {
            running.set(false);
            try {
                thread.join(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (exchanges) {
                return List.copyOf(exchanges);
            }
        }

        @Override
        public void close() {
            stop();
        }
    }
}
