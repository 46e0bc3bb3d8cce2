package io.learnpath.notification.triggers;

import static io.learnpath.notification.support.Fixtures.done;
import static io.learnpath.notification.support.Fixtures.registered;
import static io.learnpath.notification.support.Fixtures.statusChange;
import static io.learnpath.platform.test.EventTopics.header;
import static io.learnpath.platform.test.EventTopics.readUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.auth.events.AuthEvents;
import io.learnpath.auth.events.UserRegistered;
import io.learnpath.notification.support.Events;
import io.learnpath.notification.support.IntegrationTest;
import io.learnpath.platform.messaging.EventsProperties;
import io.learnpath.platform.test.TestTokens;
import io.learnpath.platform.test.contract.ContractExample;
import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.platform.test.http.TestResponse;
import io.learnpath.progress.events.MilestoneReached;
import io.learnpath.progress.events.ProgressEvents;
import io.learnpath.progress.events.TopicStatusChanged;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Events on the other services' topics becoming notifications, through the real broker and database. */
@IntegrationTest
class NotificationTriggersIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    Events events;

    private TestHttp http;

    @BeforeEach
    void connect() {
        http = TestHttp.at(port).withJsonMapper(json);
    }

    private final UUID learner = UUID.randomUUID();
    private final String token = TestTokens.shared().learner(learner);

    private JsonNode items() {
        TestResponse response = http.get("/api/notifications?size=100", token);
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("items");
    }

    private long totalItems(String accessToken) {
        TestResponse response = http.get("/api/notifications?size=1", accessToken);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("totalItems").asLong();
    }

    private List<String> titles() {
        List<String> titles = new ArrayList<>();
        items().forEach(item -> titles.add(item.get("title").asString()));
        return titles;
    }

    @Test
    void aTopicMarkedDoneBecomesANotificationInTheLearnersInbox() {
        TopicStatusChanged change = done(learner, "HTTP basics");

        events.publish(ProgressEvents.TOPIC, change);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(items()).hasSize(1));
        JsonNode item = items().get(0);
        assertThat(item.get("kind").asString()).isEqualTo("TOPIC_COMPLETED");
        assertThat(item.get("title").asString()).contains("HTTP basics");
        assertThat(item.get("body").asString()).contains("HTTP basics");
        assertThat(item.get("data").get("roadmapSlug").asString()).isEqualTo("backend");
        assertThat(item.get("data").get("topicSlug").asString()).isEqualTo("http-basics");
        assertThat(item.get("id").asString()).isNotBlank();
        assertThat(item.get("createdAt").asString()).endsWith("Z");
        assertThat(item.get("readAt").isNull()).isTrue();
    }

    @Test
    void otherStatusesCreateNothing() {
        // Same learner, same key, same partition: once the DONE that follows is in, the others were handled too.
        events.publish(ProgressEvents.TOPIC, statusChange(learner, "Started topic", "NOT_STARTED", "IN_PROGRESS"));
        events.publish(ProgressEvents.TOPIC, statusChange(learner, "Skipped topic", "NOT_STARTED", "SKIPPED"));
        events.publish(ProgressEvents.TOPIC, done(learner, "Finished topic"));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(titles()).isNotEmpty());
        assertThat(titles()).singleElement().asString().contains("Finished topic");
    }

    @Test
    void theSameEventDeliveredTwiceNotifiesOnce() {
        TopicStatusChanged change = done(learner, "Twice delivered");

        events.publish(ProgressEvents.TOPIC, change);
        events.publish(ProgressEvents.TOPIC, change);
        events.publish(ProgressEvents.TOPIC, done(learner, "Marker"));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(titles()).anyMatch(t -> t.contains("Marker")));
        assertThat(titles()).filteredOn(t -> t.contains("Twice delivered")).hasSize(1);
    }

    @Test
    void aMilestoneBecomesOneNotificationEvenWhenDeliveredTwice() {
        MilestoneReached milestone = ContractExample.of(MilestoneReached.class)
                .with("/eventId", UUID.randomUUID()).with("/learnerId", learner).event();

        events.publish(ProgressEvents.TOPIC, milestone);
        events.publish(ProgressEvents.TOPIC, milestone);
        events.publish(ProgressEvents.TOPIC, done(learner, "Marker"));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(titles()).anyMatch(t -> t.contains("Marker")));
        JsonNode notice = items().valueStream().filter(item -> item.get("kind").asString().equals("MILESTONE_REACHED"))
                .reduce((first, second) -> {
                    throw new AssertionError("two notifications for one milestone");
                }).orElseThrow();
        assertThat(notice.get("title").asString()).isEqualTo("Backend Developer: basic level completed");
        assertThat(notice.get("body").asString()).contains("basic level of Backend Developer");
        assertThat(notice.get("data").get("milestone").asString()).isEqualTo(milestone.milestone());
        assertThat(notice.get("data").get("roadmapSlug").asString()).isEqualTo("backend");
    }

    @Test
    void fieldsTheContractDoesNotKnowYetAreIgnored() {
        TopicStatusChanged change = done(learner, "Future proof");
        String body = """
                {"eventId":"%s","occurredAt":"%s","learnerId":"%s","roadmapId":"%s","roadmapSlug":"backend",
                 "topicId":"%s","topicSlug":"future-proof","topicTitle":"Future proof","previousStatus":"IN_PROGRESS",
                 "status":"DONE","difficulty":"HARD","tags":["new"]}"""
                .formatted(change.eventId(), change.occurredAt(), learner, change.roadmapId(), change.topicId());

        events.publishRaw(ProgressEvents.TOPIC, change, body);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(titles()).containsExactly(
                "You completed “Future proof”!"));
    }

    @Test
    void aNewAccountIsWelcomed() {
        events.publish(AuthEvents.TOPIC, registered(learner, "Ada"));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(items()).hasSize(1));
        JsonNode item = items().get(0);
        assertThat(item.get("kind").asString()).isEqualTo("WELCOME");
        assertThat(item.get("title").asString()).isEqualTo("Welcome to Learnpath, Ada!");
        assertThat(item.get("data").isNull()).isTrue();
    }

    @Test
    void theProgressServicesContractExampleNotifiesItsLearner() {
        // A new eventId on every run: the context, and the database with the example learner's inbox, is shared.
        ContractExample<TopicStatusChanged> example = ContractExample.of(TopicStatusChanged.class)
                .with("/eventId", UUID.randomUUID());
        TopicStatusChanged change = example.event();
        String learnerToken = TestTokens.shared().learner(change.learnerId());
        long before = totalItems(learnerToken);

        example.publish(ProgressEvents.TOPIC);

        await().atMost(PATIENCE).until(() -> totalItems(learnerToken) == before + 1);
        JsonNode newest = http.get("/api/notifications?size=1", learnerToken).json().get("items").get(0);
        assertThat(newest.get("kind").asString()).isEqualTo("TOPIC_COMPLETED");
        assertThat(newest.get("title").asString()).isEqualTo("You completed “" + change.topicTitle() + "”!");
        assertThat(newest.get("data").get("topicSlug").asString()).isEqualTo(change.topicSlug());
        assertThat(newest.get("data").get("roadmapSlug").asString()).isEqualTo(change.roadmapSlug());
    }

    @Test
    void theAuthServicesContractExampleWelcomesItsUser() {
        ContractExample<UserRegistered> example = ContractExample.of(UserRegistered.class)
                .with("/eventId", UUID.randomUUID());
        UserRegistered registration = example.event();
        String userToken = TestTokens.shared().learner(registration.userId());
        long before = totalItems(userToken);

        example.publish(AuthEvents.TOPIC);

        await().atMost(PATIENCE).until(() -> totalItems(userToken) == before + 1);
        JsonNode newest = http.get("/api/notifications?size=1", userToken).json().get("items").get(0);
        assertThat(newest.get("kind").asString()).isEqualTo("WELCOME");
        assertThat(newest.get("title").asString())
                .isEqualTo("Welcome to Learnpath, " + registration.displayName() + "!");
    }

    @Test
    void aPoisonRecordIsDeadLetteredAndTheNextRecordIsStillProcessed() {
        TopicStatusChanged poison = done(learner, "Poison");

        events.publishRaw(ProgressEvents.TOPIC, poison, "{this is not json");
        events.publish(ProgressEvents.TOPIC, done(learner, "After the poison"));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(titles()).containsExactly(
                "You completed “After the poison”!"));
        List<ConsumerRecord<String, byte[]>> found = readUntil(EventsProperties.deadLetterTopic(ProgressEvents.TOPIC),
                record -> poison.eventId().toString().equals(header(record, "ce_id")), seen -> !seen.isEmpty());
        assertThat(found).hasSize(1);
        ConsumerRecord<String, byte[]> dead = found.getFirst();
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("{this is not json");
        assertThat(dead.key()).isEqualTo(learner.toString());
        assertThat(header(dead, "kafka_dlt-exception-stacktrace")).contains("MalformedEventException");
    }
}
