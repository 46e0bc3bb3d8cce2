package io.learnpath.progress.catalog;

import static io.learnpath.platform.test.EventTopics.header;
import static io.learnpath.platform.test.EventTopics.readUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.content.events.ContentEvents;
import io.learnpath.content.events.RoadmapPublished;
import io.learnpath.platform.events.CloudEventHeaders;
import io.learnpath.platform.events.EventEnvelope;
import io.learnpath.platform.messaging.EventsProperties;
import io.learnpath.platform.test.contract.ContractExample;
import io.learnpath.platform.test.http.TestResponse;
import io.learnpath.progress.ProgressIntegrationTest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class CatalogIntegrationTest extends ProgressIntegrationTest {

    private static final String ROADMAP_PUBLISHED = "learnpath.content.roadmap-published.v1";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Test
    void builds_the_catalogue_from_a_published_roadmap_and_becomes_ready() {
        String slug = uniqueSlug("backend");
        publishAndAwait(roadmap(UUID.randomUUID(), slug, "Backend", 1,
                topic(UUID.randomUUID(), "databases", "INTERMEDIATE", 2),
                topic(UUID.randomUUID(), "http", "BEGINNER", 1),
                topic(UUID.randomUUID(), "caching", "ADVANCED", 3)));

        JsonNode summary = summary(UUID.randomUUID(), slug).json();
        assertThat(summary.path("roadmapSlug").asString()).isEqualTo(slug);
        assertThat(summary.path("roadmapTitle").asString()).isEqualTo("Backend");
        assertThat(summary.path("total").asInt()).isEqualTo(3);
        assertThat(summary.path("topics").valueStream().map(topic -> topic.path("topicSlug").asString()))
                .containsExactly("http", "databases", "caching");
        JsonNode first = summary.path("topics").path(0);
        assertThat(first.path("title").asString()).isEqualTo("Title of http");
        assertThat(first.path("level").asString()).isEqualTo("BEGINNER");
        assertThat(first.path("order").asInt()).isEqualTo(1);

        TestResponse readiness = http.get("/actuator/health/readiness");
        assertThat(readiness.status()).isEqualTo(200);
        assertThat(readiness.json().path("status").asString()).isEqualTo("UP");
    }

    /**
     * The content-service's contract, fed as the raw example its contracts module keeps: a renamed or retyped
     * field there leaves this roadmap unknown here, and this test fails.
     */
    @Test
    void knows_the_roadmap_and_topics_of_the_contract_example() {
        ContractExample<RoadmapPublished> example = ContractExample.of(RoadmapPublished.class);
        JsonNode published = example.json();
        String slug = published.path("slug").asString();
        List<JsonNode> topics = published.path("topics").valueStream().toList();

        example.publish(ContentEvents.TOPIC);
        awaitRoadmap(slug, published.path("title").asString(), topics.size());

        JsonNode summary = summary(UUID.randomUUID(), slug).json();
        assertThat(summary.path("roadmapSlug").asString()).isEqualTo(slug);
        assertThat(summary.path("topics").valueStream()
                .map(topic -> List.<Object>of(topic.path("topicSlug").asString(), topic.path("title").asString(),
                        topic.path("level").asString(), topic.path("order").asInt())))
                .containsExactlyElementsOf(topics.stream()
                        .map(topic -> List.<Object>of(topic.path("slug").asString(), topic.path("title").asString(),
                                topic.path("level").asString(), topic.path("order").asInt()))
                        .toList());
        UUID firstTopic = UUID.fromString(topics.getFirst().path("topicId").asString());
        assertThat(jdbc.sql("SELECT roadmap_id FROM topic WHERE id = :id").param("id", firstTopic)
                .query(UUID.class).single()).hasToString(published.path("roadmapId").asString());
    }

    @Test
    void applies_a_redelivered_event_once() {
        RoadmapPublished event = roadmap(UUID.randomUUID(), uniqueSlug("twice"), "Twice", 1,
                topic(UUID.randomUUID(), "only", "BEGINNER", 1));
        double duplicatesBefore = duplicates();

        publishAndAwait(event);
        publish(event);

        await().atMost(PATIENCE).until(() -> duplicates() > duplicatesBefore);
        assertThat(jdbc.sql("SELECT count(*) FROM processed_event WHERE event_id = :id")
                .param("id", event.eventId()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void an_older_version_does_not_overwrite_a_newer_one() {
        UUID roadmapId = UUID.randomUUID();
        String slug = uniqueSlug("versions");
        UUID kept = UUID.randomUUID();
        publishAndAwait(roadmap(roadmapId, slug, "Version two", 2, topic(kept, "kept", "BEGINNER", 1),
                topic(UUID.randomUUID(), "added-in-two", "BEGINNER", 2)));

        RoadmapPublished older = roadmap(roadmapId, slug, "Version one", 1, topic(kept, "kept", "BEGINNER", 1));
        publish(older);
        awaitProcessed(older);

        JsonNode summary = summary(UUID.randomUUID(), slug).json();
        assertThat(summary.path("roadmapTitle").asString()).isEqualTo("Version two");
        assertThat(summary.path("total").asInt()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT version FROM roadmap WHERE id = :id").param("id", roadmapId)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void topics_absent_from_a_newer_version_leave_the_catalogue_and_stop_counting() {
        UUID roadmapId = UUID.randomUUID();
        String slug = uniqueSlug("shrinking");
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        publishAndAwait(roadmap(roadmapId, slug, "Shrinking", 1, topic(a, "a", "BEGINNER", 1),
                topic(b, "b", "BEGINNER", 2), topic(UUID.randomUUID(), "c", "BEGINNER", 3)));
        UUID learner = UUID.randomUUID();
        assertThat(setStatus(learner, slug, "a", "DONE").status()).isEqualTo(200);
        assertThat(setStatus(learner, slug, "c", "DONE").status()).isEqualTo(200);
        assertThat(summary(learner, slug).json().path("percent").asDouble()).isEqualTo(66.7);

        publishAndAwait(roadmap(roadmapId, slug, "Shrinking", 2, topic(a, "a", "BEGINNER", 1),
                topic(b, "b", "BEGINNER", 2), topic(UUID.randomUUID(), "d", "ADVANCED", 3),
                topic(UUID.randomUUID(), "e", "ADVANCED", 4)));

        JsonNode summary = summary(learner, slug).json();
        assertThat(summary.path("topics").valueStream().map(topic -> topic.path("topicSlug").asString()))
                .containsExactly("a", "b", "d", "e");
        assertThat(summary.path("total").asInt()).isEqualTo(4);
        assertThat(summary.path("done").asInt()).isEqualTo(1);
        assertThat(summary.path("notStarted").asInt()).isEqualTo(3);
        assertThat(summary.path("percent").asDouble()).isEqualTo(25.0);
        assertThat(setStatus(learner, slug, "c", "SKIPPED").status()).isEqualTo(404);
    }

    @Test
    void dead_letters_a_poison_record_and_keeps_consuming() {
        RoadmapPublished shape = roadmap(UUID.randomUUID(), uniqueSlug("poison"), "Poison", 1);
        send(shape.subject(), EventEnvelope.headersFor(shape, "content-service"),
                "{ this is not json".getBytes(StandardCharsets.UTF_8));
        RoadmapPublished good = roadmap(UUID.randomUUID(), uniqueSlug("after-poison"), "After poison", 1,
                topic(UUID.randomUUID(), "still-served", "BEGINNER", 1));

        publishAndAwait(good);

        List<ConsumerRecord<String, byte[]>> deadLetters = readUntil(
                EventsProperties.deadLetterTopic(ContentEvents.TOPIC),
                record -> shape.eventId().toString().equals(header(record, CloudEventHeaders.ID)),
                seen -> !seen.isEmpty());
        ConsumerRecord<String, byte[]> deadLetter = deadLetters.getFirst();
        assertThat(deadLetter.key()).isEqualTo(shape.subject());
        assertThat(new String(deadLetter.value(), StandardCharsets.UTF_8)).isEqualTo("{ this is not json");
        assertThat(header(deadLetter, CloudEventHeaders.TYPE)).isEqualTo(ROADMAP_PUBLISHED);
        assertThat(header(deadLetter, "kafka_dlt-exception-fqcn")).isNotBlank();
        assertThat(header(deadLetter, "kafka_dlt-exception-stacktrace"))
                .contains("MalformedEventException: event " + shape.eventId() + " is not a valid");
        assertThat(jdbc.sql("SELECT count(*) FROM roadmap WHERE id = :id").param("id", shape.roadmapId())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void dead_letters_a_well_formed_json_that_the_catalogue_cannot_store() {
        RoadmapPublished noTitle = new RoadmapPublished(UUID.randomUUID(), java.time.Instant.now(),
                UUID.randomUUID(), uniqueSlug("untitled"), null, 1, List.of());
        publish(noTitle);

        List<ConsumerRecord<String, byte[]>> deadLetters = readUntil(
                EventsProperties.deadLetterTopic(ContentEvents.TOPIC),
                record -> noTitle.eventId().toString().equals(header(record, CloudEventHeaders.ID)),
                seen -> !seen.isEmpty());
        assertThat(header(deadLetters.getFirst(), "kafka_dlt-exception-message")).contains("has no title");
    }

    private void awaitProcessed(RoadmapPublished event) {
        await().atMost(PATIENCE).until(() -> jdbc.sql("SELECT count(*) FROM processed_event WHERE event_id = :id")
                .param("id", event.eventId()).query(Integer.class).single() == 1);
    }

    private double duplicates() {
        Counter counter = meters.find("learnpath.events.consumed").tag("consumer", "progress-catalog")
                .tag("type", ROADMAP_PUBLISHED).tag("outcome", "duplicate").counter();
        return counter == null ? 0 : counter.count();
    }
}
