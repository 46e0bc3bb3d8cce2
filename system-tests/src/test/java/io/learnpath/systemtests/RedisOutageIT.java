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
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Redis dies while a learner has a live stream open, through the gateway: reads and changes keep answering, and
 * quickly (a dead Redis is refused at once, never waited for); the notice of a change made meanwhile is in the inbox
 * and still reaches the stream (the notification-service delivers to its own streams while the fan-out is down);
 * once the launcher has started Redis again, live push goes through Redis again.
 */
@ExtendWith(SharedStack.class)
class RedisOutageIT {

    // A request that waited for Redis would take its 500 ms timeout at least, once per Redis command.
    private static final Duration NOT_WAITED_FOR = Duration.ofMillis(300);
    private static final Duration READ_LIMIT = Duration.ofSeconds(3);

    private final RunningStack stack;
    private final TestHttp gateway;
    private final Ports ports;

    RedisOutageIT(RunningStack stack) {
        this.stack = stack;
        this.gateway = stack.gateway();
        this.ports = stack.stack().layout().ports();
    }

    @Test
    void whileRedisIsDeadRequestsAnswerQuicklyAndNoticesStillReachTheInboxAndTheStream() {
        String token = BenchmarkAccounts.signUp(ports, 1).getFirst();
        List<String> topics = gateway.get("/api/content/roadmaps/backend", null).json().path("levels").valueStream()
                .flatMap(level -> level.path("topics").valueStream()).limit(20)
                .map(topic -> topic.path("slug").asString()).toList();
        List<String> streamed = new CopyOnWriteArrayList<>();
        openStream(token, streamed);
        markDone(token, topics.get(0));
        await().atMost(Duration.ofSeconds(30)).until(() -> streamed.size() == 1);

        ProcessHandle redis = ProcessHandle.of(stack.stack().redisPid()).orElseThrow();
        redis.destroyForcibly();
        await().atMost(Duration.ofSeconds(30)).until(() -> !redis.isAlive());

        List<Duration> took = new ArrayList<>();
        for (int read = 0; read < 10; read++) {
            long started = System.nanoTime();
            TestResponse roadmap = gateway.get("/api/content/roadmaps/backend", null);
            took.add(Duration.ofNanos(System.nanoTime() - started));
            assertThat(roadmap.status()).as(roadmap.toString()).isEqualTo(200);
        }
        long started = System.nanoTime();
        markDone(token, topics.get(1));
        took.add(Duration.ofNanos(System.nanoTime() - started));
        took.sort(null);
        System.out.println("[redis-outage] requests without Redis took " + took);
        assertThat(took.get(took.size() / 2)).as("the median request without Redis").isLessThan(NOT_WAITED_FOR);
        assertThat(took.getLast()).as("the slowest").isLessThan(READ_LIMIT);

        await().atMost(Duration.ofSeconds(30)).until(() -> streamed.size() == 2);
        assertThat(inboxTitles(token)).hasSize(2);
        assertThat(redisDown("live-fan-out")).isEqualTo(1);

        List<String> said = stack.stack().restartInfrastructureThatHasExited();
        assertThat(said).as("what the launcher said").contains("Redis is running again");
        // The learner keeps working until a notice goes through Redis again: the clients reconnect within the
        // platform's reconnect delay (2 s at most), not Lettuce's default 30 s.
        List<String> afterwards = topics.subList(2, topics.size());
        AtomicInteger made = new AtomicInteger();
        long restarted = System.nanoTime();
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            markDone(token, afterwards.get(made.getAndIncrement()));
            return redisDown("live-fan-out") == 0;
        });
        System.out.printf("[redis-outage] live fan-out back %.1f s after Redis%n",
                (System.nanoTime() - restarted) / 1e9);

        int changes = 2 + made.get();
        await().atMost(Duration.ofSeconds(30)).until(() -> streamed.size() == changes);
        assertThat(inboxTitles(token)).hasSize(changes);
        assertThat(streamed).as("no notice twice on the stream").doesNotHaveDuplicates();
    }

    private void markDone(String token, String topic) {
        TestResponse accepted = gateway.request("/api/progress/roadmaps/backend/topics/" + topic).token(token)
                .json("{\"status\": \"DONE\"}").put();
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
    }

    private List<String> inboxTitles(String token) {
        return gateway.get("/api/notifications?size=50", token).json().path("items").valueStream()
                .filter(item -> item.path("kind").asString().equals("TOPIC_COMPLETED"))
                .map(item -> item.path("title").asString()).toList();
    }

    /** The ids of the topic-completed notices on a stream opened through the gateway go to {@code ids}. */
    private void openStream(String token, List<String> ids) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.stack().gatewayUrl()
                        + "/api/notifications/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").GET().build();
        HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> Thread.ofVirtual().start(() -> {
                    String event = null;
                    String id = null;
                    for (String line : (Iterable<String>) response.body()::iterator) {
                        if (line.startsWith("event:")) {
                            event = line.substring("event:".length()).strip();
                        } else if (line.startsWith("id:") && "notification".equals(event)) {
                            id = line.substring("id:".length()).strip();
                        } else if (line.startsWith("data:") && id != null && line.contains("TOPIC_COMPLETED")) {
                            ids.add(id);
                        } else if (line.isEmpty()) {
                            event = null;
                            id = null;
                        }
                    }
                }));
    }

    private double redisDown(String use) {
        TestResponse metrics = TestHttp.at(URI.create("http://localhost:" + ports.notification()))
                .get("/actuator/prometheus");
        assertThat(metrics.status()).as(metrics.toString()).isEqualTo(200);
        Stream<String> lines = metrics.body().lines();
        return lines.filter(line -> line.startsWith("learnpath_redis_down{") && line.contains("use=\"" + use + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).findFirst()
                .orElseThrow();
    }
}
