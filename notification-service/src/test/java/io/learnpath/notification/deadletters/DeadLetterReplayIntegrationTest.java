package io.learnpath.notification.deadletters;

import static io.learnpath.notification.support.Fixtures.done;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.notification.support.ServiceTest;
import io.learnpath.platform.events.CloudEventHeaders;
import io.learnpath.platform.test.EventTopics;
import io.learnpath.platform.test.TestTokens;
import io.learnpath.platform.test.http.TestResponse;
import io.learnpath.progress.events.ProgressEvents;
import io.learnpath.progress.events.TopicStatusChanged;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.support.KafkaHeaders;
import tools.jackson.databind.JsonNode;

/**
 * A record the service cannot process goes to the dead-letter topic after its retries while the partition moves
 * on; after a fix an operator replays it, and it is applied once however often it is replayed.
 */
class DeadLetterReplayIntegrationTest extends ServiceTest {

    private static final String DLT = ProgressEvents.TOPIC + ".DLT";
    // A real database refusal that a "fix" can lift: rows whose title says POISON break this constraint.
    private static final String BREAK = "ALTER TABLE notification ADD CONSTRAINT no_poison CHECK (title NOT LIKE '%POISON%')";
    private static final String FIX = "ALTER TABLE notification DROP CONSTRAINT IF EXISTS no_poison";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    private final UUID ada = UUID.randomUUID();
    private final String admin = TestTokens.shared().withRoles(UUID.randomUUID(), "LEARNER", "ADMIN");

    @BeforeEach
    void breakTheDatabase() {
        jdbc.sql(BREAK).update();
    }

    @AfterEach
    void fixIt() {
        jdbc.sql(FIX).update();
    }

    private List<String> titles() {
        return http.get("/api/notifications?size=100", TestTokens.shared().learner(ada)).json().get("items")
                .valueStream().map(item -> item.get("title").asString()).toList();
    }

    private JsonNode deadLetter(UUID eventId) {
        TestResponse listed = http.get("/api/notifications/admin/dead-letters?limit=1000", admin);
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        return listed.json().valueStream().filter(letter -> eventId.toString().equals(letter.path("eventId")
                .asString(null))).findFirst().orElse(null);
    }

    private int replayAll() {
        TestResponse replayed = http.request("/api/notifications/admin/dead-letters/replay").token(admin).post();
        assertThat(replayed.status()).as(replayed.toString()).isEqualTo(200);
        return replayed.json().get("replayed").asInt();
    }

    @Test
    void aPoisonRecordIsDeadLetteredThenReplayedOnceAfterTheFix() {
        double deadLetteredBefore = counted("learnpath.events.dead_lettered");
        TopicStatusChanged poison = done(ada, "POISON pill");
        TopicStatusChanged after = done(ada, "After the poison");

        events.publish(ProgressEvents.TOPIC, poison);
        events.publish(ProgressEvents.TOPIC, after);

        // The same key, so the same partition: the later record is processed, past the poison one.
        await().atMost(PATIENCE).until(() -> titles().size() == 1);
        assertThat(titles()).singleElement().asString().contains("After the poison");
        JsonNode letter = await().atMost(PATIENCE).until(() -> deadLetter(poison.eventId()), l -> l != null);
        assertThat(letter.get("topic").asString()).isEqualTo(DLT);
        assertThat(letter.get("originalTopic").asString()).isEqualTo(ProgressEvents.TOPIC);
        assertThat(letter.get("eventType").asString()).isEqualTo("learnpath.progress.topic-status-changed.v1");
        assertThat(letter.get("exceptionMessage").asString()).contains("no_poison");
        assertThat(letter.get("replayed").asBoolean()).isFalse();
        assertThat(letter.has("value")).as("never the payload").isFalse();
        assertThat(counted("learnpath.events.dead_lettered")).isGreaterThan(deadLetteredBefore);
        assertThat(counted("learnpath.events.retried")).isPositive();

        jdbc.sql(FIX).update();
        String path = "/api/notifications/admin/dead-letters/" + DLT + "/" + letter.get("partition").asInt() + "/"
                + letter.get("offset").asLong() + "/replay";
        TestResponse first = http.request(path).token(admin).post();
        TestResponse second = http.request(path).token(admin).post();

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("replayed").asInt()).isEqualTo(1);
        assertThat(second.json().get("replayed").asInt()).as("replayed once").isZero();
        await().atMost(PATIENCE).until(() -> titles().size() == 2);
        assertThat(deadLetter(poison.eventId()).get("replayed").asBoolean()).isTrue();

        // Replaying everything, twice: whatever else is on the topic, this one is not sent again.
        replayAll();
        replayAll();
        events.publish(ProgressEvents.TOPIC, done(ada, "Last"));
        await().atMost(PATIENCE).until(() -> titles().size() == 3);
        assertThat(titles()).filteredOn(title -> title.contains("POISON")).hasSize(1);
        assertThat(meters.counter("learnpath.notifications.dead_letters.replayed", "topic", ProgressEvents.TOPIC)
                .count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void onlyAnAdminHandlesDeadLetters() {
        String learner = TestTokens.shared().learner(ada);
        assertThat(http.get("/api/notifications/admin/dead-letters", learner).status()).isEqualTo(403);
        assertThat(http.get("/api/notifications/admin/dead-letters").status()).isEqualTo(401);
        assertThat(http.request("/api/notifications/admin/dead-letters/replay").token(learner).post().status())
                .isEqualTo(403);
        assertThat(http.request("/api/notifications/admin/dead-letters/" + DLT + "/0/999999999/replay").token(admin)
                .post().status()).isEqualTo(404);
        assertThat(http.request("/api/notifications/admin/dead-letters/some.topic.DLT/0/0/replay").token(admin)
                .post().status()).isEqualTo(404);
        assertThat(http.get("/api/notifications/admin/dead-letters?limit=0", admin).status()).isEqualTo(400);
    }

    @Test
    void anotherServicesDeadLettersOnASharedTopicAreNotOursToShowOrReplay() {
        UUID eventId = UUID.randomUUID();
        // The content topic's dead letters are shared with the progress-service, whose consumer gave up on this one.
        EventTopics.publish("learnpath.content.events.DLT", "some-roadmap", Map.of(CloudEventHeaders.ID,
                eventId.toString(), CloudEventHeaders.TYPE, "learnpath.content.roadmap-published.v1",
                KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP, "progress-service"), "{}".getBytes(StandardCharsets.UTF_8));
        UUID ours = UUID.randomUUID();
        EventTopics.publish("learnpath.content.events.DLT", "other-roadmap", Map.of(CloudEventHeaders.ID,
                ours.toString(), CloudEventHeaders.TYPE, "learnpath.content.roadmap-published.v1",
                KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP, "notification-service"), "{}".getBytes(StandardCharsets.UTF_8));

        await().atMost(PATIENCE).until(() -> deadLetter(ours) != null);
        assertThat(deadLetter(eventId)).isNull();
    }

    private double counted(String name) {
        return meters.find(name).tag("topic", ProgressEvents.TOPIC).counters().stream()
                .mapToDouble(counter -> counter.count()).sum();
    }
}
