package io.learnpath.notification.erasure;

import static io.learnpath.notification.support.Fixtures.done;
import static io.learnpath.notification.support.Fixtures.registered;
import static io.learnpath.platform.test.EventTopics.header;
import static io.learnpath.platform.test.EventTopics.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.auth.events.AuthEvents;
import io.learnpath.auth.events.UserDeleted;
import io.learnpath.auth.events.UserRegistered;
import io.learnpath.notification.live.LiveProperties;
import io.learnpath.notification.support.Events;
import io.learnpath.notification.support.IntegrationTest;
import io.learnpath.notification.support.SseConnection;
import io.learnpath.platform.events.CloudEventHeaders;
import io.learnpath.platform.messaging.EventsProperties;
import io.learnpath.platform.test.EventTopics;
import io.learnpath.platform.test.TestTokens;
import io.learnpath.platform.test.contract.ContractExample;
import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.progress.events.ProgressEvents;
import io.learnpath.progress.events.TopicStatusChanged;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code UserDeleted} on the auth-service's topic erases the learner's notifications, for good, and ends their
 * streams.
 */
@IntegrationTest
class LearnerErasureIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String USER_DELETED = "learnpath.auth.user-deleted.v1";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    Events events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    StringRedisTemplate redis;

    @Autowired
    LiveProperties properties;

    private TestHttp http;

    private final UUID ada = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();

    @BeforeEach
    void connect() {
        http = TestHttp.at(port).withJsonMapper(json);
    }

    @Test
    void aDeletedLearnersNotificationsAreErasedAndOtherLearnersKeepTheirs() {
        events.publish(AuthEvents.TOPIC, registered(ada, "Ada"));
        events.publish(ProgressEvents.TOPIC, done(ada, "HTTP basics"));
        events.publish(ProgressEvents.TOPIC, done(bob, "DNS"));
        await().atMost(PATIENCE).until(() -> notificationsOf(ada) == 2 && notificationsOf(bob) == 1);
        assertThat(http.request("/api/notifications/read-all").token(token(ada)).post().status()).isEqualTo(204);

        userDeleted(ada).publish(AuthEvents.TOPIC);

        await().atMost(PATIENCE).until(() -> notificationsOf(ada) == 0);
        assertThat(erased(ada)).isTrue();
        assertThat(http.get("/api/notifications", token(ada)).json().get("totalItems").asLong()).isZero();
        assertThat(notificationsOf(bob)).isEqualTo(1);
        assertThat(erased(bob)).isFalse();
        assertThat(http.get("/api/notifications", token(bob)).json().get("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void eventsAboutTheLearnerThatArriveAfterTheErasureNotifyNobody() {
        userDeleted(ada).publish(AuthEvents.TOPIC);
        await().atMost(PATIENCE).until(() -> erased(ada));

        // The progress topic has no order with the auth topic: a completion can come after the deletion, and a
        // registration can be replayed from the dead letters.
        TopicStatusChanged lateCompletion = done(ada, "Finished before leaving");
        UserRegistered replayedRegistration = registered(ada, "Ada");
        events.publish(ProgressEvents.TOPIC, lateCompletion);
        events.publish(AuthEvents.TOPIC, replayedRegistration);

        await().atMost(PATIENCE).until(() -> processed("notification-progress", lateCompletion.eventId())
                && processed("notification-account", replayedRegistration.eventId()));
        assertThat(notificationsOf(ada)).isZero();
    }

    @Test
    void theSameDeletionDeliveredTwiceErasesOnceWithoutError() {
        events.publish(ProgressEvents.TOPIC, done(ada, "Before leaving"));
        await().atMost(PATIENCE).until(() -> notificationsOf(ada) == 1);
        ContractExample<UserDeleted> deletion = userDeleted(ada);
        double duplicatesBefore = duplicates();

        // The same record twice, as a redelivery: the same ce_id.
        EventTopics.publish(AuthEvents.TOPIC, ada.toString(), deletion.headers(), deletion.bytes());
        EventTopics.publish(AuthEvents.TOPIC, ada.toString(), deletion.headers(), deletion.bytes());

        await().atMost(PATIENCE).until(() -> duplicates() > duplicatesBefore);
        UUID eventId = deletion.event().eventId();
        assertThat(processed(UserDeletedListener.CONSUMER, eventId)).isTrue();
        assertThat(notificationsOf(ada)).isZero();
        assertThat(readAll(EventsProperties.deadLetterTopic(AuthEvents.TOPIC),
                record -> eventId.toString().equals(header(record, CloudEventHeaders.ID)))).isEmpty();
    }

    @Test
    void theLearnersOpenStreamsEndAndOtherLearnersStreamsGoOn() {
        try (SseConnection laptop = SseConnection.open(http, token(ada), null);
                SseConnection phone = SseConnection.open(http, token(ada), null);
                SseConnection bobs = SseConnection.open(http, token(bob), null)) {

            userDeleted(ada).publish(AuthEvents.TOPIC);

            await().atMost(PATIENCE).until(() -> laptop.ended() && phone.ended());
            // Bob's notification reaching him after Ada's streams ended proves his stream was left open.
            events.publish(ProgressEvents.TOPIC, done(bob, "Still streaming"));
            await().atMost(PATIENCE).until(() -> !bobs.notifications().isEmpty());
            assertThat(bobs.ended()).isFalse();
        }
    }

    @Test
    void anErasureOnAnotherInstanceEndsTheLearnersStreamsHere() {
        try (SseConnection stream = SseConnection.open(http, token(ada), null)) {

            redis.convertAndSend(properties.erasureChannel(), ada.toString());

            await().atMost(PATIENCE).until(stream::ended);
        }
    }

    /** The auth-service's example, pointed at this test's learner, with an event id of its own. */
    private static ContractExample<UserDeleted> userDeleted(UUID learner) {
        return ContractExample.of(UserDeleted.class).with("/eventId", UUID.randomUUID()).with("/userId", learner);
    }

    private static String token(UUID learner) {
        return TestTokens.shared().learner(learner);
    }

    private int notificationsOf(UUID learner) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE learner_id = :learner")
                .param("learner", learner).query(Integer.class).single();
    }

    private boolean erased(UUID learner) {
        return jdbc.sql("SELECT count(*) FROM erased_learner WHERE learner_id = :learner")
                .param("learner", learner).query(Integer.class).single() == 1;
    }

    private boolean processed(String consumer, UUID eventId) {
        return jdbc.sql("SELECT count(*) FROM processed_event WHERE consumer = :consumer AND event_id = :id")
                .param("consumer", consumer).param("id", eventId).query(Integer.class).single() == 1;
    }

    private double duplicates() {
        Counter counter = meters.find("learnpath.events.consumed").tag("consumer", UserDeletedListener.CONSUMER)
                .tag("type", USER_DELETED).tag("outcome", "duplicate").counter();
        return counter == null ? 0 : counter.count();
    }
}
