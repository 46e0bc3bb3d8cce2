package io.learnpath.progress.tracking;

import static io.learnpath.platform.test.EventTopics.header;
import static io.learnpath.platform.test.EventTopics.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.platform.events.CloudEventHeaders;
import io.learnpath.platform.test.http.TestResponse;
import io.learnpath.progress.ProgressIntegrationTest;
import io.learnpath.progress.events.ProgressEvents;
import io.learnpath.progress.events.TopicStatusChanged;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Several topics at once, all or nothing. */
class BulkStatusUpdateIntegrationTest extends ProgressIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private String slug;

    @BeforeEach
    void publishRoadmap() {
        slug = uniqueSlug("bulk");
        publishAndAwait(roadmap(UUID.randomUUID(), slug, "Bulk", 1, topic(UUID.randomUUID(), "a-" + slug, "BASIC", 0),
                topic(UUID.randomUUID(), "b-" + slug, "BASIC", 1),
                topic(UUID.randomUUID(), "c-" + slug, "INTERMEDIATE", 2)));
    }

    @Test
    void setsEveryTopicInOneRequestAnsweringEachChangeInOrder() {
        UUID ada = UUID.randomUUID();
        setStatus(ada, slug, "a-" + slug, "DONE");

        TestResponse answer = bulk(ada, List.of(item("b-" + slug, "DONE"), item("a-" + slug, "DONE"),
                item("c-" + slug, "IN_PROGRESS")));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        List<JsonNode> changes = answer.json().valueStream().toList();
        assertThat(changes).extracting(change -> change.get("topicSlug").asString())
                .containsExactly("b-" + slug, "a-" + slug, "c-" + slug);
        assertThat(changes.get(1).get("previousStatus").asString()).as("unchanged: a no-op").isEqualTo("DONE");
        JsonNode summary = summary(ada, slug).json();
        assertThat(summary.get("done").asInt()).isEqualTo(2);
        assertThat(summary.get("inProgress").asInt()).isEqualTo(1);
    }

    @Test
    void changesNothingWhenAnyItemIsWrongAndNamesEachOne() {
        UUID ada = UUID.randomUUID();

        TestResponse unknown = bulk(ada, List.of(item("a-" + slug, "DONE"), item("nope", "DONE"),
                item("a-" + slug, "SKIPPED")));
        TestResponse badStatus = bulk(ada, List.of(item("a-" + slug, "DONE"), item("b-" + slug, "FINISHED")));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").valueStream().map(error -> error.get("field").asString()))
                .containsExactly("topics[1].topicSlug", "topics[2].topicSlug");
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(summary(ada, slug).json().get("done").asInt()).isZero();
        assertThat(bulk(ada, List.of()).status()).isEqualTo(400);
        assertThat(http.request("/api/progress/roadmaps/no-such-roadmap/topics").token(TOKENS.learner(ada))
                .json(Map.of("topics", List.of(item("a-" + slug, "DONE")))).put().status()).isEqualTo(404);
        assertThat(http.request("/api/progress/roadmaps/" + slug + "/topics")
                .json(Map.of("topics", List.of(item("a-" + slug, "DONE")))).put().status()).isEqualTo(401);
    }

    @Test
    void publishesOneTopicStatusChangedPerRealChangeAndNoneForARefusedUpdate() {
        UUID ada = UUID.randomUUID();
        setStatus(ada, slug, "a-" + slug, "DONE");
        assertThat(bulk(ada, List.of(item("a-" + slug, "DONE"), item("nope", "SKIPPED"))).status()).isEqualTo(400);

        assertThat(bulk(ada, List.of(item("a-" + slug, "DONE"), item("b-" + slug, "NOT_STARTED"),
                item("c-" + slug, "SKIPPED"))).status()).isEqualTo(200);

        List<TopicStatusChanged> published = publishedFor(ada);
        assertThat(published).extracting(TopicStatusChanged::topicSlug)
                .as("a: the single update; b: NOT_STARTED on a topic never touched is no change")
                .containsExactlyInAnyOrder("a-" + slug, "c-" + slug);
        assertThat(published).filteredOn(change -> change.topicSlug().equals("c-" + slug))
                .extracting(TopicStatusChanged::previousStatus).containsExactly("NOT_STARTED");
        assertThat(jdbc.sql("SELECT count(*) FROM topic_status WHERE learner_id = :learner")
                .param("learner", ada).query(Integer.class).single()).as("no row written for b").isEqualTo(2);
    }

    /** Everything published for the learner, once the outbox has relayed all of it. */
    private List<TopicStatusChanged> publishedFor(UUID learner) {
        await().atMost(PATIENCE).until(() -> jdbc.sql(
                        "SELECT count(*) FROM event_publication WHERE serialized_event LIKE :learner")
                .param("learner", "%" + learner + "%").query(Integer.class).single() == 0);
        // Status changes only: the same learner's milestones share the topic and the key.
        return readAll(ProgressEvents.TOPIC, record -> learner.toString().equals(record.key())
                && "learnpath.progress.topic-status-changed.v1".equals(header(record, CloudEventHeaders.TYPE)))
                .stream()
                .map(record -> json.readValue(record.value(), TopicStatusChanged.class))
                .toList();
    }

    private TestResponse bulk(UUID learner, List<Map<String, String>> items) {
        return http.request("/api/progress/roadmaps/" + slug + "/topics").token(TOKENS.learner(learner))
                .json(Map.of("topics", items)).put();
    }

    private static Map<String, String> item(String topicSlug, String status) {
        return Map.of("topicSlug", topicSlug, "status", status);
    }
}
