package io.learnpath.progress.reset;

import static io.learnpath.platform.test.EventTopics.header;
import static io.learnpath.platform.test.EventTopics.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.auth.events.AuthEvents;
import io.learnpath.auth.events.UserDeleted;
import io.learnpath.platform.events.CloudEventHeaders;
import io.learnpath.platform.test.contract.ContractExample;
import io.learnpath.platform.test.http.TestResponse;
import io.learnpath.progress.ProgressIntegrationTest;
import io.learnpath.progress.events.ProgressEvents;
import io.learnpath.progress.events.RoadmapProgressReset;
import io.learnpath.progress.events.TopicStatusChanged;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Starting a roadmap over: its topics back to NOT_STARTED, recorded and published, except topics another roadmap
 * the learner follows lists (the status belongs to the topic).
 */
class RoadmapResetIntegrationTest extends ProgressIntegrationTest {

    private static final String TOPIC_STATUS_CHANGED = "learnpath.progress.topic-status-changed.v1";
    private static final String ROADMAP_PROGRESS_RESET = "learnpath.progress.roadmap-progress-reset.v1";

    @Autowired
    JdbcClient jdbc;

    private final UUID ada = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();
    private final UUID git = UUID.randomUUID();
    private final UUID backendId = UUID.randomUUID();
    private String backend;
    private String devops;

    @BeforeEach
    void publishRoadmaps() {
        backend = uniqueSlug("backend");
        devops = uniqueSlug("devops");
        // "git" is on both roadmaps.
        publishAndAwait(roadmap(backendId, backend, "Backend", 1, topic(UUID.randomUUID(), "sql", "BASIC", 0),
                topic(git, "git", "BASIC", 1), topic(UUID.randomUUID(), "http", "INTERMEDIATE", 2),
                topic(UUID.randomUUID(), "caching", "ADVANCED", 3)));
        publishAndAwait(roadmap(UUID.randomUUID(), devops, "DevOps", 1, topic(git, "git", "BASIC", 0),
                topic(UUID.randomUUID(), "linux", "BASIC", 1)));
    }

    @Test
    void setsTheRoadmapsStartedTopicsBackToNotStartedAndPublishesEachChangeAndTheReset() {
        bulk(ada, backend, Map.of("sql", "DONE", "git", "SKIPPED", "http", "IN_PROGRESS"));
        assertThat(summary(ada, backend).json().get("percent").asDouble()).isEqualTo(50.0);

        TestResponse reset = reset(ada, backend);

        assertThat(reset.status()).as(reset.toString()).isEqualTo(200);
        assertThat(reset.json().get("roadmapSlug").asString()).isEqualTo(backend);
        assertThat(texts(reset.json().get("resetTopics"))).containsExactly("sql", "git", "http");
        assertThat(reset.json().get("keptTopics").isEmpty()).isTrue();
        Instant resetAt = Instant.parse(reset.json().get("resetAt").asString());
        JsonNode summary = summary(ada, backend).json();
        assertThat(summary.get("notStarted").asInt()).isEqualTo(4);
        assertThat(summary.get("percent").asDouble()).isZero();
        assertThat(summary(ada, devops).json().get("skipped").asInt())
                .as("devops is not followed: its copy of git goes back too").isZero();

        List<ConsumerRecord<String, byte[]>> resets = published(ada, ROADMAP_PROGRESS_RESET);
        assertThat(resets).hasSize(1);
        ContractExample.of(RoadmapProgressReset.class).assertSameShape(resets.getFirst().value());
        RoadmapProgressReset event = json.readValue(resets.getFirst().value(), RoadmapProgressReset.class);
        assertThat(event.learnerId()).isEqualTo(ada);
        assertThat(event.roadmapId()).isEqualTo(backendId);
        assertThat(event.roadmapSlug()).isEqualTo(backend);
        assertThat(event.resetTopics()).isEqualTo(3);
        assertThat(event.keptTopics()).isZero();
        assertThat(event.occurredAt()).isEqualTo(resetAt);
        assertThat(header(resets.getFirst(), CloudEventHeaders.SUBJECT)).isEqualTo(ada.toString());
        List<TopicStatusChanged> backToStart = published(ada, TOPIC_STATUS_CHANGED).stream()
                .map(record -> json.readValue(record.value(), TopicStatusChanged.class))
                .filter(change -> change.status().equals("NOT_STARTED"))
                .toList();
        assertThat(backToStart).extracting(TopicStatusChanged::topicSlug).containsExactlyInAnyOrder("sql", "git",
                "http");
        assertThat(backToStart).extracting(TopicStatusChanged::previousStatus).containsExactlyInAnyOrder("DONE",
                "SKIPPED", "IN_PROGRESS");
        assertThat(resetsRecorded(ada)).isEqualTo(1);
    }

    @Test
    void keepsTopicsThatAnotherFollowedRoadmapListsAndSaysWhere() {
        bulk(ada, backend, Map.of("sql", "DONE", "git", "DONE"));
        assertThat(http.request("/api/progress/roadmaps/" + devops + "/follow").token(TOKENS.learner(ada)).put()
                .status()).isEqualTo(200);

        TestResponse reset = reset(ada, backend);

        assertThat(texts(reset.json().get("resetTopics"))).containsExactly("sql");
        JsonNode kept = reset.json().get("keptTopics").get(0);
        assertThat(kept.get("topicSlug").asString()).isEqualTo("git");
        assertThat(kept.get("status").asString()).isEqualTo("DONE");
        assertThat(texts(kept.get("alsoIn"))).containsExactly(devops);
        assertThat(summary(ada, backend).json().get("done").asInt()).isEqualTo(1);
        assertThat(summary(ada, devops).json().get("done").asInt()).isEqualTo(1);
        RoadmapProgressReset event = json.readValue(published(ada, ROADMAP_PROGRESS_RESET).getFirst().value(),
                RoadmapProgressReset.class);
        assertThat(event.resetTopics()).isEqualTo(1);
        assertThat(event.keptTopics()).isEqualTo(1);
    }

    @Test
    void aResetWithNothingToResetRecordsAndPublishesNothingAndFollowingStays() {
        assertThat(setStatus(ada, backend, "sql", "DONE").status()).isEqualTo(200);
        assertThat(reset(ada, backend).status()).isEqualTo(200);

        TestResponse again = reset(ada, backend);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("resetAt").isNull()).isTrue();
        assertThat(again.json().get("resetTopics").isEmpty()).isTrue();
        assertThat(resetsRecorded(ada)).isEqualTo(1);
        assertThat(published(ada, ROADMAP_PROGRESS_RESET)).hasSize(1);
        assertThat(http.get("/api/progress/roadmaps", TOKENS.learner(ada)).json().get("items").get(0)
                .get("roadmapSlug").asString()).as("a reset does not unfollow").isEqualTo(backend);
    }

    @Test
    void resumeAfterAResetIsNoLongerTheResetTopic() {
        assertThat(setStatus(ada, devops, "linux", "IN_PROGRESS").status()).isEqualTo(200);
        assertThat(setStatus(ada, backend, "sql", "IN_PROGRESS").status()).isEqualTo(200);

        reset(ada, backend);

        TestResponse resume = http.get("/api/progress/resume", TOKENS.learner(ada));
        assertThat(resume.json().get("topicSlug").asString()).isEqualTo("linux");
    }

    @Test
    void oneLearnersResetLeavesAnothersProgressAlone() {
        assertThat(setStatus(ada, backend, "sql", "DONE").status()).isEqualTo(200);
        assertThat(setStatus(bob, backend, "sql", "DONE").status()).isEqualTo(200);

        // Naming a learner in the request changes nothing: only the token counts.
        assertThat(http.request("/api/progress/roadmaps/" + backend + "/reset?learnerId=" + ada)
                .token(TOKENS.learner(bob)).post().status()).isEqualTo(200);

        assertThat(summary(ada, backend).json().get("done").asInt()).isEqualTo(1);
        assertThat(summary(bob, backend).json().get("done").asInt()).isZero();
    }

    @Test
    void refusesUnknownRoadmapsCallersWithoutATokenAndErasedLearnersWhoseResetsAreErased() {
        TestResponse unknown = reset(ada, "no-such-roadmap");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(reset(ada, "Not_A_Slug").status()).isEqualTo(400);
        assertThat(http.request("/api/progress/roadmaps/" + backend + "/reset").post().status()).isEqualTo(401);

        assertThat(setStatus(ada, backend, "sql", "DONE").status()).isEqualTo(200);
        assertThat(reset(ada, backend).status()).isEqualTo(200);
        ContractExample.of(UserDeleted.class).with("/eventId", UUID.randomUUID()).with("/userId", ada)
                .publish(AuthEvents.TOPIC);

        await().atMost(PATIENCE).until(() -> resetsRecorded(ada) == 0);
        assertThat(reset(ada, backend).status()).isEqualTo(403);
    }

    private TestResponse reset(UUID learner, String roadmapSlug) {
        return http.request("/api/progress/roadmaps/" + roadmapSlug + "/reset").token(TOKENS.learner(learner)).post();
    }

    private void bulk(UUID learner, String roadmapSlug, Map<String, String> statuses) {
        List<Map<String, String>> items = statuses.entrySet().stream()
                .map(entry -> Map.of("topicSlug", entry.getKey(), "status", entry.getValue())).toList();
        TestResponse answer = http.request("/api/progress/roadmaps/" + roadmapSlug + "/topics")
                .token(TOKENS.learner(learner)).json(Map.of("topics", items)).put();
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private int resetsRecorded(UUID learner) {
        return jdbc.sql("SELECT count(*) FROM roadmap_reset WHERE learner_id = :learner")
                .param("learner", learner).query(Integer.class).single();
    }

    /** The learner's events of this type, once the outbox has relayed all of theirs. */
    private List<ConsumerRecord<String, byte[]>> published(UUID learner, String type) {
        await().atMost(PATIENCE).until(() -> jdbc.sql(
                        "SELECT count(*) FROM event_publication WHERE serialized_event LIKE :learner")
                .param("learner", "%" + learner + "%").query(Integer.class).single() == 0);
        return readAll(ProgressEvents.TOPIC, record -> learner.toString().equals(record.key())
                && type.equals(header(record, CloudEventHeaders.TYPE)));
    }
}
