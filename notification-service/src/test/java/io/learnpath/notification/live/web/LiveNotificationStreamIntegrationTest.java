package io.learnpath.notification.live.web;

import static io.learnpath.notification.support.Fixtures.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.notification.inbox.NewNotification;
import io.learnpath.notification.inbox.NotificationInbox;
import io.learnpath.notification.inbox.NotificationKind;
import io.learnpath.notification.inbox.NotificationView;
import io.learnpath.notification.live.LiveProperties;
import io.learnpath.notification.support.Events;
import io.learnpath.notification.support.IntegrationTest;
import io.learnpath.notification.support.SseConnection;
import io.learnpath.platform.test.TestTokens;
import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.platform.test.http.TestResponse;
import io.learnpath.progress.events.ProgressEvents;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The live stream end to end: Kafka event, database, Redis pub/sub, SSE connection. */
@IntegrationTest
class LiveNotificationStreamIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    Events events;

    @Autowired
    NotificationInbox inbox;

    @Autowired
    LiveNotificationStreams streams;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    LiveProperties properties;

    @Autowired
    MeterRegistry meters;

    @Autowired
    TransactionTemplate transactions;

    private TestHttp http;

    @BeforeEach
    void connect() {
        http = TestHttp.at(port).withJsonMapper(json);
    }

    private final UUID ada = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();

    private static String token(UUID learner) {
        return TestTokens.shared().learner(learner);
    }

    private NotificationView deliver(UUID learner, String title) {
        return inbox.deliver(new NewNotification(learner, NotificationKind.TOPIC_COMPLETED, title, "body",
                Map.of(), UUID.randomUUID())).orElseThrow();
    }

    @Test
    void aTopicMarkedDoneReachesTheLearnersStreamAndNoOneElses() {
        try (SseConnection adaStream = SseConnection.open(http, token(ada), null);
                SseConnection bobStream = SseConnection.open(http, token(bob), null)) {
            assertThat(adaStream.status()).isEqualTo(200);
            assertThat(adaStream.contentType()).startsWith("text/event-stream");
            double sseBefore = sseDelivered();

            events.publish(ProgressEvents.TOPIC, done(ada, "Streams for Ada"));
            await().atMost(PATIENCE).until(() -> adaStream.lines().contains("event:notification"));
            // Bob's own notification reaching him proves his stream works, so the absence of Ada's means something.
            events.publish(ProgressEvents.TOPIC, done(bob, "Streams for Bob"));
            await().atMost(PATIENCE).until(() -> !bobStream.notifications().isEmpty());

            SseConnection.Event received = adaStream.notifications().getFirst();
            JsonNode listed = http.get("/api/notifications", token(ada)).json().get("items").get(0);
            assertThat(received.id()).isEqualTo(listed.get("id").asString());
            assertThat(json.readTree(received.data())).isEqualTo(listed);
            assertThat(listed.get("title").asString()).contains("Streams for Ada");
            assertThat(adaStream.notifications()).hasSize(1);
            assertThat(bobStream.notifications()).singleElement()
                    .satisfies(event -> assertThat(event.data()).contains("Streams for Bob").doesNotContain("Ada"));
            assertThat(sseDelivered())
                    .isGreaterThanOrEqualTo(sseBefore + 2);
            assertThat(meters.counter("learnpath.notifications.delivered", "channel", "in_app", "kind",
                    "TOPIC_COMPLETED").count())
                    .isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void everyOpenStreamOfTheLearnerGetsTheNotification() {
        try (SseConnection laptop = SseConnection.open(http, token(ada), null);
                SseConnection phone = SseConnection.open(http, token(ada), null)) {
            NotificationView sent = deliver(ada, "On every device");

            await().atMost(PATIENCE).untilAsserted(() -> {
                assertThat(laptop.notifications()).extracting(SseConnection.Event::id).containsExactly(
                        sent.id().toString());
                assertThat(phone.notifications()).extracting(SseConnection.Event::id).containsExactly(
                        sent.id().toString());
            });
        }
    }

    @Test
    void aNotificationWhoseTransactionRolledBackIsNotStreamed() {
        try (SseConnection stream = SseConnection.open(http, token(ada), null)) {
            transactions.executeWithoutResult(transaction -> {
                deliver(ada, "Rolled back");
                transaction.setRollbackOnly();
            });
            NotificationView committed = deliver(ada, "Committed");

            // One learner, one channel, one stream: had the first been announced, it would have arrived before.
            await().atMost(PATIENCE).until(() -> !stream.notifications().isEmpty());
            assertThat(stream.notifications()).extracting(SseConnection.Event::id)
                    .containsExactly(committed.id().toString());
        }
    }

    @Test
    void aReconnectReplaysWhatWasMissedSinceTheLastEventIdThenGoesLive() {
        NotificationView seen = deliver(ada, "seen before disconnecting");
        NotificationView missed1 = deliver(ada, "missed one");
        NotificationView missed2 = deliver(ada, "missed two");
        deliver(bob, "not Ada's");

        try (SseConnection stream = SseConnection.open(http, token(ada), seen.id().toString())) {
            await().atMost(PATIENCE).until(() -> stream.notifications().size() == 2);
            NotificationView live = deliver(ada, "live after the replay");

            await().atMost(PATIENCE).until(() -> stream.notifications().size() == 3);
            assertThat(stream.notifications()).extracting(SseConnection.Event::id).containsExactly(
                    missed1.id().toString(), missed2.id().toString(), live.id().toString());
        }
    }

    @Test
    void anotherLearnersIdAsLastEventIdReplaysNothing() {
        NotificationView bobs = deliver(bob, "Bob's position");
        deliver(bob, "Bob's next");

        try (SseConnection stream = SseConnection.open(http, token(ada), bobs.id().toString())) {
            NotificationView own = deliver(ada, "Ada's own");

            await().atMost(PATIENCE).until(() -> !stream.notifications().isEmpty());
            assertThat(stream.notifications()).extracting(SseConnection.Event::id)
                    .containsExactly(own.id().toString());
        }
    }

    @Test
    void aMalformedLastEventIdIsABadRequest() {
        TestResponse response = http.request("/api/notifications/stream").token(token(ada))
                .header("Accept", "text/event-stream").header("Last-Event-ID", "yesterday").get();

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("Last-Event-ID");
    }

    @Test
    void aNotificationPublishedByAnotherInstanceIsForwardedToTheLocalStream() {
        try (SseConnection stream = SseConnection.open(http, token(ada), null)) {
            UUID id = UUID.randomUUID();
            String message = """
                    {"learnerId":"%s","notificationId":"%s","notification":{"id":"%s","kind":"WELCOME",
                     "title":"From elsewhere","body":"b","data":null,"createdAt":"2026-01-01T00:00:00Z","readAt":null}}"""
                    .formatted(ada, id, id);

            redis.convertAndSend(properties.channel(), message);

            await().atMost(PATIENCE).until(() -> !stream.notifications().isEmpty());
            assertThat(stream.notifications().getFirst().id()).isEqualTo(id.toString());
            assertThat(stream.notifications().getFirst().data()).contains("From elsewhere");
        }
    }

    @Test
    void anIdleStreamGetsHeartbeats() {
        try (SseConnection stream = SseConnection.open(http, token(ada), null)) {
            await().atMost(PATIENCE).until(() -> stream.lines().contains(":heartbeat"));
            // Sent on connect, so the client sees its stream open without waiting for the first heartbeat.
            assertThat(stream.lines().getFirst()).isEqualTo(":connected");
        }
    }

    @Test
    void aStreamTheClientClosedIsForgotten() {
        SseConnection stream = SseConnection.open(http, token(ada), null);
        assertThat(streams.openStreams(ada)).isEqualTo(1);

        stream.close();

        // The next heartbeat (or the container's error callback) finds the connection gone.
        await().atMost(PATIENCE).until(() -> streams.openStreams(ada) == 0);
    }

    @Test
    void openingMoreStreamsThanALearnerMayHoldClosesTheOldest() {
        int cap = properties.maxStreamsPerLearner();
        List<SseConnection> connections = new ArrayList<>();
        try {
            for (int i = 0; i <= cap; i++) {
                connections.add(SseConnection.open(http, token(ada), null));
            }

            await().atMost(PATIENCE).until(() -> connections.getFirst().ended());
            assertThat(streams.openStreams(ada)).isEqualTo(cap);
            assertThat(connections.subList(1, connections.size())).noneMatch(SseConnection::ended);
            NotificationView sent = deliver(ada, "Still live on the newest");
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(connections.getLast().notifications())
                    .extracting(SseConnection.Event::id).containsExactly(sent.id().toString()));
        } finally {
            connections.forEach(SseConnection::close);
        }
    }

    private double sseDelivered() {
        return meters.find("learnpath.notifications.delivered").tag("channel", "sse").counters().stream()
                .mapToDouble(counter -> counter.count()).sum();
    }
}
