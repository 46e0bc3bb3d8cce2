package io.learnpath.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.launcher.Component;
import io.learnpath.launcher.DiscoveryCredentials;
import io.learnpath.launcher.ServiceProcess;
import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.platform.test.http.TestResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The notification-service scaled out to two real instances behind the gateway: requests and SSE streams spread
 * over both, each event is consumed by one of them only (one notice per change, none missing, both taking a share),
 * every open stream gets each of its learner's notices once whichever instance consumed the event (the fan-out
 * through Redis), and a graceful stop (SIGTERM) of one instance under a steady load of reads fails none of them,
 * while the streams it held reconnect elsewhere with Last-Event-ID and miss nothing.
 *
 * <p>The methods build on each other (same learners, same streams), in order. The second instance is an extra one
 * ({@link io.learnpath.launcher.Stack#startExtraInstance}); the stack's own keeps running for the later classes.
 */
@ExtendWith(SharedStack.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationScaleOutIT {

    private static final int FIRST_LEARNERS = 4;
    /** Enough changes per learner for both instances to have work after the wait for both to consume. */
    private static final int CHANGES_PER_LEARNER = 3;
    private static final Duration PACE = Duration.ofMillis(100);
    private static final Duration READ_LIMIT = Duration.ofSeconds(3);
    /** What a browser's EventSource waits before reconnecting is about 3 s; shorter keeps the test short. */
    private static final Duration RECONNECT_AFTER = Duration.ofMillis(500);
    private static final String STREAM = "/api/notifications/stream";
    private static final String CONSUMER = "notification-progress";
    private static final String TOPIC_STATUS_CHANGED = "topic-status-changed";

    private final RunningStack stack;
    private final TestHttp gateway;
    private final int firstPort;
    private final int secondPort;
    private final List<Learner> learners = new ArrayList<>();
    private final List<Topic> topics;
    private ServiceProcess second;

    NotificationScaleOutIT(RunningStack stack) {
        this.stack = stack;
        this.gateway = stack.gateway();
        this.firstPort = Component.NOTIFICATION.port(stack.stack().layout().ports());
        this.secondPort = secondPort(stack);
        this.topics = gateway.get("/api/content/roadmaps/backend", null).json().path("levels").valueStream()
                .flatMap(level -> level.path("topics").valueStream())
                .flatMap(topic -> Stream.concat(Stream.of(topic), topic.path("subtopics").valueStream()))
                .map(topic -> new Topic(topic.path("slug").asString(), topic.path("title").asString())).toList();
    }

    @BeforeAll
    void startASecondInstance() {
        second = stack.stack().startExtraInstance(Component.NOTIFICATION, secondPort);
    }

    @Test
    @Order(1)
    void readsAndStreamsThroughTheGatewayLandOnBothInstances() {
        for (int i = 0; i < FIRST_LEARNERS; i++) {
            learners.add(new Learner(BenchmarkAccounts.signUp(stack.stack().layout().ports(), 1).getFirst()));
        }
        long firstBefore = apiRequestsServed(firstPort);
        long secondBefore = apiRequestsServed(secondPort);
        // The gateway offers the new instance once it has fetched the registry again and found it ready (seconds).
        AtomicInteger next = new AtomicInteger();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            String token = learners.get(next.getAndIncrement() % learners.size()).token;
            TestResponse inbox = gateway.get("/api/notifications?size=5", token);
            assertThat(inbox.status()).as(inbox.toString()).isEqualTo(200);
            return apiRequestsServed(firstPort) - firstBefore >= 5 && apiRequestsServed(secondPort) - secondBefore >= 5;
        });

        // Round robin: consecutive streams alternate between the instances.
        learners.forEach(learner -> learner.viaGateway = LiveStream.open(gatewayUri(), learner.token, true));
        learners.forEach(learner -> learner.viaGateway.awaitOpen());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(liveStreams(firstPort)).as("streams on the stack's own instance").isPositive();
            assertThat(liveStreams(secondPort)).as("streams on the second instance").isPositive();
        });
        System.out.printf("[notification scale-out] %d reads on the first instance, %d on the second; streams "
                        + "%.0f and %.0f%n", apiRequestsServed(firstPort) - firstBefore,
                apiRequestsServed(secondPort) - secondBefore, liveStreams(firstPort), liveStreams(secondPort));
    }

    @Test
    @Order(2)
    void eachChangeIsConsumedOnceAndBothInstancesTakeAShare() {
        // A stream on each instance for every learner, straight to it: whichever instance consumes a learner's
        // events, one of its streams is on the other, and only the fan-out through Redis reaches that one.
        learners.forEach(Learner::openOnEachInstance);
        long firstBefore = processed(firstPort);
        long secondBefore = processed(secondPort);
        // A learner's events go to one partition, so to one instance: learners join until both have consumed
        // (and, with that, until the group has given the second instance its partitions).
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            learners.forEach(this::markNextDone);
            if (processed(firstPort) > firstBefore && processed(secondPort) > secondBefore) {
                return true;
            }
            Learner joining = new Learner(BenchmarkAccounts.signUp(stack.stack().layout().ports(), 1).getFirst());
            joining.viaGateway = LiveStream.open(gatewayUri(), joining.token, true);
            joining.viaGateway.awaitOpen();
            joining.openOnEachInstance();
            learners.add(joining);
            return false;
        });
        for (Learner learner : learners) {
            while (learner.marked.size() < CHANGES_PER_LEARNER + 1) {
                markNextDone(learner);
            }
        }
        int changes = learners.stream().mapToInt(learner -> learner.marked.size()).sum();

        for (Learner learner : learners) {
            Faults.awaitDeliveredInOrderOnce(gateway, learner.token, learner.titles());
        }
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(
                (processed(firstPort) - firstBefore) + (processed(secondPort) - secondBefore))
                .as("events processed by the two instances together, one per change").isEqualTo(changes));
        long firstShare = processed(firstPort) - firstBefore;
        long secondShare = processed(secondPort) - secondBefore;
        System.out.printf("[notification scale-out] %d learners, %d changes: %d consumed by the first instance, %d "
                + "by the second%n", learners.size(), changes, firstShare, secondShare);
        assertThat(firstShare).as("changes the stack's own instance consumed").isPositive();
        assertThat(secondShare).as("changes the second instance consumed").isPositive();
    }

    @Test
    @Order(3)
    void everyStreamGetsEachNoticeOnceWhicheverInstanceConsumedIt() {
        for (Learner learner : learners) {
            learner.awaitEveryStreamHasEachNoticeOnce(gateway, learner.streams());
        }
    }

    @Test
    @Order(4)
    void aGracefulStopUnderLoadFailsNoReadAndItsStreamsReconnectAndMissNothing() throws InterruptedException {
        double onSecond = liveStreams(secondPort);
        assertThat(onSecond).as("streams on the instance to stop").isPositive();
        Map<Learner, Integer> connectionsBefore = learners.stream()
                .collect(Collectors.toMap(learner -> learner, learner -> learner.viaGateway.connections.get()));
        List<Read> reads;
        Instant stopAsked;
        Instant exited;
        try (ReadLoad load = new ReadLoad(gateway, learners.stream().map(learner -> learner.token).toList())) {
            long before = apiRequestsServed(secondPort);
            await().atMost(Duration.ofSeconds(10)).until(() -> apiRequestsServed(secondPort) - before >= 5);
            stopAsked = Instant.now();
            // SIGTERM, then waits for the JVM to exit; meanwhile every learner makes a change, so some notices are
            // stored while their streams are between two connections.
            ServiceProcess stopped = second;
            second = null;
            Thread stopping = Thread.ofVirtual().start(() -> stack.stack().stopExtraInstance(stopped));
            learners.forEach(this::markNextDone);
            stopping.join(Duration.ofSeconds(60));
            assertThat(stopped.isAlive()).as("the second instance exited").isFalse();
            exited = Instant.now();
            learners.forEach(this::markNextDone);
            // Reads go on until the gateway has dropped the instance from its list (its refetch is every 5 s).
            Instant since = exited;
            await().atMost(Duration.ofSeconds(20)).until(() -> load.sentAfter(since) >= 50);
            reads = load.stop();
        }
        Map<Integer, Long> statuses = reads.stream()
                .collect(Collectors.groupingBy(Read::status, TreeMap::new, Collectors.counting()));
        System.out.printf("[notification scale-out] graceful stop took %.1f s; %d reads, statuses %s, slowest %d ms%n",
                Duration.between(stopAsked, exited).toMillis() / 1000.0, reads.size(), statuses,
                reads.stream().mapToLong(read -> read.took().toMillis()).max().orElse(0));
        assertThat(reads.stream().filter(read -> read.sentAt().isAfter(stopAsked))).as("reads after the SIGTERM")
                .hasSizeGreaterThan(50);
        assertThat(reads).as("every read, before, during and after the stop").allSatisfy(read -> {
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
            assertThat(read.took()).as(read.toString()).isLessThan(READ_LIMIT);
        });

        List<Learner> moved = learners.stream()
                .filter(learner -> learner.viaGateway.connections.get() > connectionsBefore.get(learner)).toList();
        assertThat(moved).as("streams through the gateway that were on the stopped instance and reconnected")
                .isNotEmpty();
        for (Learner learner : learners) {
            Faults.awaitDeliveredInOrderOnce(gateway, learner.token, learner.titles());
            learner.awaitEveryStreamHasEachNoticeOnce(gateway, List.of(learner.viaGateway, learner.onFirst));
        }
        System.out.printf("[notification scale-out] %d of %d gateway streams reconnected after the stop%n",
                moved.size(), learners.size());
    }

    /** Leaves the stack as it was: the second instance stopped and gone from the registry, no stream left open. */
    @AfterAll
    void onlyTheFirstInstanceIsRegistered() {
        learners.forEach(Learner::close);
        if (second != null) {
            stack.stack().stopExtraInstance(second);
        }
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1))
                .until(() -> !registered(stack, secondPort));
    }

    private void markNextDone(Learner learner) {
        Topic topic = topics.get(learner.marked.size());
        TestResponse accepted = gateway.request("/api/progress/roadmaps/backend/topics/" + topic.slug())
                .token(learner.token).json("{\"status\": \"DONE\"}").put();
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        learner.marked.add(topic);
    }

    private URI gatewayUri() {
        return URI.create(stack.stack().gatewayUrl() + STREAM);
    }

    private static URI instanceUri(int port) {
        return URI.create("http://localhost:" + port + STREAM);
    }

    /** Off the stack's own ports, and off the extra instances of the other classes (+100 and +200, +300). */
    private static int secondPort(RunningStack stack) {
        return Component.NOTIFICATION.port(stack.stack().layout().ports()) + 100;
    }

    /** The API requests an instance has answered, from its own metrics (probes and scrapes left out). */
    private static long apiRequestsServed(int port) {
        return (long) metric(port, "http_server_requests_seconds_count", line -> line.contains("uri=\"/api/"));
    }

    /** Open SSE streams on one instance. */
    private static double liveStreams(int port) {
        return metric(port, "learnpath_notifications_live_streams", line -> true);
    }

    /** Topic status changes one instance has consumed and acted on (duplicates skipped are counted apart). */
    private static long processed(int port) {
        return (long) metric(port, "learnpath_events_consumed_total", line -> line.contains("consumer=\"" + CONSUMER
                + "\"") && line.contains("outcome=\"processed\"") && line.contains(TOPIC_STATUS_CHANGED));
    }

    private static double metric(int port, String name, Predicate<String> series) {
        TestResponse scrape = TestHttp.at(port).request("/actuator/prometheus").header("Accept", "text/plain").get();
        assertThat(scrape.status()).as(scrape.toString()).isEqualTo(200);
        return scrape.body().lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(series).mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private static boolean registered(RunningStack stack, int port) {
        DiscoveryCredentials credentials = stack.stack().discoveryCredentials();
        String basic = Base64.getEncoder().encodeToString((credentials.user() + ":" + credentials.password())
                .getBytes(StandardCharsets.UTF_8));
        TestResponse instance = TestHttp.at(stack.stack().layout().ports().discovery())
                .request("/eureka/apps/" + Component.NOTIFICATION.eurekaName() + "/"
                        + Component.NOTIFICATION.instanceId(port))
                .header("Accept", "application/json").header("Authorization", "Basic " + basic).get();
        assertThat(instance.status()).as(instance.toString()).isIn(200, 404);
        return instance.status() == 200;
    }

    private record Topic(String slug, String title) {
    }

    /** One learner: the topics it marked done, in order, and its streams. */
    private final class Learner {

        final String token;
        final List<Topic> marked = new ArrayList<>();
        LiveStream viaGateway;
        LiveStream onFirst;
        LiveStream onSecond;

        Learner(String token) {
            this.token = token;
        }

        void openOnEachInstance() {
            onFirst = LiveStream.open(instanceUri(firstPort), token, false);
            onSecond = LiveStream.open(instanceUri(secondPort), token, false);
            onFirst.awaitOpen();
            onSecond.awaitOpen();
        }

        List<LiveStream> streams() {
            return List.of(viaGateway, onFirst, onSecond);
        }

        List<String> titles() {
            return marked.stream().map(Topic::title).toList();
        }

        /** Each stream ends up with exactly the learner's topic-completed notices, as the inbox lists them. */
        void awaitEveryStreamHasEachNoticeOnce(TestHttp gateway, List<LiveStream> streams) {
            List<String> inbox = gateway.get("/api/notifications?kind=TOPIC_COMPLETED&size=50", token).json()
                    .path("items").valueStream().map(item -> item.path("id").asString()).toList();
            assertThat(inbox).as("the learner's notices").hasSize(marked.size());
            for (LiveStream stream : streams) {
                await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(stream.completed)
                        .as("notices on the " + stream).containsAll(inbox));
                assertThat(stream.completed).as(stream.toString()).doesNotHaveDuplicates()
                        .containsExactlyInAnyOrderElementsOf(inbox);
            }
        }

        void close() {
            Stream.of(viaGateway, onFirst, onSecond).filter(java.util.Objects::nonNull).forEach(LiveStream::close);
        }
    }

    /**
     * A learner's notification stream as a browser's EventSource reads it: when the connection ends or is refused
     * it connects again after {@link #RECONNECT_AFTER}, sending the id of the last notification it saw as
     * Last-Event-ID (unless told not to reconnect: a stream straight to one instance). The ids of the
     * topic-completed notifications received, over every connection, are kept in the order they came.
     */
    private static final class LiveStream {

        private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();

        final List<String> completed = new CopyOnWriteArrayList<>();
        final AtomicInteger connections = new AtomicInteger();
        final List<Integer> refused = new CopyOnWriteArrayList<>();
        private final URI uri;
        private final String token;
        private final AtomicBoolean closed = new AtomicBoolean();
        private volatile String lastEventId;
        private volatile InputStream body;
        private Thread reader;

        private LiveStream(URI uri, String token) {
            this.uri = uri;
            this.token = token;
        }

        static LiveStream open(URI uri, String token, boolean reconnect) {
            LiveStream stream = new LiveStream(uri, token);
            stream.reader = Thread.ofVirtual().start(() -> stream.run(reconnect));
            return stream;
        }

        void awaitOpen() {
            await().atMost(Duration.ofSeconds(10)).until(() -> connections.get() > 0);
        }

        private void run(boolean reconnect) {
            while (!closed.get()) {
                HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                        .header("Accept", "text/event-stream").GET();
                if (lastEventId != null) {
                    request.header("Last-Event-ID", lastEventId);
                }
                try {
                    HttpResponse<InputStream> response = CLIENT.send(request.build(),
                            HttpResponse.BodyHandlers.ofInputStream());
                    body = response.body();
                    if (response.statusCode() == 200) {
                        connections.incrementAndGet();
                        read(response.body());
                    } else {
                        refused.add(response.statusCode());
                        response.body().close();
                    }
                } catch (IOException e) {
                    refused.add(0);
                } catch (InterruptedException e) {
                    return;
                }
                if (!reconnect || closed.get()) {
                    return;
                }
                try {
                    // The client's reconnect delay, as EventSource keeps one: not a wait for a condition.
                    Thread.sleep(RECONNECT_AFTER);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /** Dispatches each event at its blank line, as the SSE format says; only notification events count here. */
        private void read(InputStream in) throws IOException {
            String event = null;
            String id = null;
            StringBuilder data = new StringBuilder();
            try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(in, StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isEmpty()) {
                        if ("notification".equals(event) && id != null) {
                            lastEventId = id;
                            if (data.toString().contains("TOPIC_COMPLETED")) {
                                completed.add(id);
                            }
                        }
                        event = null;
                        id = null;
                        data.setLength(0);
                    } else if (line.startsWith("event:")) {
                        event = line.substring("event:".length()).strip();
                    } else if (line.startsWith("id:")) {
                        id = line.substring("id:".length()).strip();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring("data:".length()));
                    }
                }
            }
        }

        void close() {
            closed.set(true);
            reader.interrupt();
            InputStream open = body;
            if (open != null) {
                try {
                    open.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        public String toString() {
            return "stream to %s (%d connections, refused %s, last event %s)".formatted(uri, connections.get(),
                    refused, lastEventId);
        }
    }

    /** One read of the steady load. A read that failed outright (no HTTP answer) is status 0. */
    private record Read(String path, Instant sentAt, int status, Duration took) {

        @Override
        public String toString() {
            return "%s at %s: %d in %d ms".formatted(path, sentAt, status, took.toMillis());
        }
    }

    /**
     * Idempotent reads through the gateway, one every {@link #PACE} on a thread of its own, taking turns between
     * the inbox and the unread count and between the learners (each learner's rate-limit budget stays far off).
     */
    private static final class ReadLoad implements AutoCloseable {

        private static final List<String> PATHS = List.of("/api/notifications?size=5",
                "/api/notifications/unread-count");

        private final List<Read> reads = Collections.synchronizedList(new ArrayList<>());
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final Thread thread;

        ReadLoad(TestHttp gateway, List<String> tokens) {
            this.thread = Thread.ofVirtual().start(() -> {
                for (int next = 0; running.get(); next++) {
                    long begun = System.nanoTime();
                    String path = PATHS.get(next % PATHS.size());
                    String token = tokens.get(next % tokens.size());
                    Instant sentAt = Instant.now();
                    int status;
                    try {
                        status = gateway.request(path).token(token).get().status();
                    } catch (UncheckedIOException e) {
                        status = 0;
                    }
                    reads.add(new Read(path, sentAt, status, Duration.ofNanos(System.nanoTime() - begun)));
                    long left = PACE.toNanos() - (System.nanoTime() - begun);
                    if (left > 0) {
                        java.util.concurrent.locks.LockSupport.parkNanos(left);
                    }
                }
            });
        }

        long sentAfter(Instant instant) {
            synchronized (reads) {
                return reads.stream().filter(read -> read.sentAt().isAfter(instant)).count();
            }
        }

        List<Read> stop() {
            running.set(false);
            try {
                thread.join(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (reads) {
                return List.copyOf(reads);
            }
        }

        @Override
        public void close() {
            stop();
        }
    }
}
