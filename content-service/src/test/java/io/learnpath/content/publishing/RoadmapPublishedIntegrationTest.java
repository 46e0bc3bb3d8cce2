package io.learnpath.content.publishing;

import static io.learnpath.platform.test.EventTopics.header;
import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.content.ContentServiceIntegrationTest;
import io.learnpath.content.curriculum.Curriculum;
import io.learnpath.content.curriculum.SampleCurriculum;
import io.learnpath.content.curriculum.Topic;
import io.learnpath.content.events.ContentEvents;
import io.learnpath.content.events.RoadmapPublished;
import io.learnpath.platform.test.EventTopics;
import io.learnpath.platform.test.contract.ContractExample;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * RoadmapPublished as progress-service receives it, read from {@code learnpath.content.events} with a plain
 * KafkaConsumer: CloudEvents headers, key, the topic list with levels, parents and prerequisites, and the diff; one
 * event per new version and none for a release that leaves a roadmap unchanged.
 */
class RoadmapPublishedIntegrationTest extends ContentServiceIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final UUID WEB = UUID.fromString(SampleCurriculum.ROADMAP_ID);

    @Autowired
    CurriculumPublisher publisher;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theImportOfTheFilesAnnouncedEachRoadmapWithCloudEventsHeaders() {
        ConsumerRecord<String, byte[]> record = awaitVersion(1);

        assertThat(record.key()).isEqualTo(WEB.toString());
        assertThat(header(record, "ce_id")).isEqualTo(CurriculumPublisher.eventIdFor(WEB, 1).toString());
        assertThat(header(record, "ce_type")).isEqualTo("learnpath.content.roadmap-published.v1");
        assertThat(header(record, "ce_source")).isEqualTo("content-service");
        assertThat(header(record, "ce_subject")).isEqualTo(WEB.toString());
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
    }

    @Test
    void carriesTheTopicsWithLevelsParentsEffortAndPrerequisites() {
        JsonNode event = JSON.readTree(awaitVersion(1).value());

        assertThat(event.get("slug").asString()).isEqualTo("web");
        JsonNode topics = event.get("topics");
        assertThat(topics).hasSize(3);
        assertThat(topics.get(0).get("slug").asString()).isEqualTo("http");
        assertThat(topics.get(0).get("level").asString()).isEqualTo("BASIC");
        assertThat(topics.get(0).get("order").asInt()).isEqualTo(1);
        assertThat(topics.get(0).get("subtopics").get(0).asString()).isEqualTo(SampleCurriculum.DNS_ID);
        // The answer keys, for graders: the question's id, its number of choices and the right one's key.
        JsonNode safe = topics.get(0).get("questions").get(0);
        assertThat(safe.get("questionId").asString()).isEqualTo("http-methods-safe");
        assertThat(safe.get("choices").asInt()).isEqualTo(3);
        assertThat(safe.get("correctChoice").asString()).isEqualTo("b");
        assertThat(topics.get(0).get("questions")).hasSize(3);
        JsonNode dns = topics.get(1);
        assertThat(dns.get("topicId").asString()).isEqualTo(SampleCurriculum.DNS_ID);
        assertThat(dns.get("subtopics")).isEmpty();
        assertThat(dns.get("prerequisites").get(0).asString()).isEqualTo(SampleCurriculum.HTTP_ID);
        assertThat(dns.get("effortHours").asInt()).isEqualTo(3);
        assertThat(topics.get(2).get("level").asString()).isEqualTo("INTERMEDIATE");
        assertThat(event.get("changes").get("previousVersion").asInt()).isZero();
        assertThat(event.get("changes").get("added")).hasSize(3);
        ContractExample.of(RoadmapPublished.class).assertSameShape(event);
    }

    @Test
    void aNewVersionCarriesItsDiffAndAnUnchangedRoadmapGetsNone() {
        int before = currentVersion();
        Curriculum sample = SampleCurriculum.curriculum();
        Topic caching = sample.topic("caching").orElseThrow();
        Topic retitled = new Topic(caching.id(), caching.slug(), "Caching at Every Layer", caching.summary(),
                caching.effortHours(), caching.prerequisites(), caching.subtopics(), caching.resources(),
                caching.questions(), caching.body());
        Curriculum next = new Curriculum(sample.roadmaps(), List.of(sample.topic("http").orElseThrow(),
                sample.topic("dns").orElseThrow(), retitled), sample.projects());

        Release release = publisher.publish(next, editorPublication());
        Release again = publisher.publish(next, editorPublication());

        assertThat(release.roadmaps()).singleElement().satisfies(web -> {
            assertThat(web.version()).isEqualTo(before + 1);
            assertThat(web.changes().updated()).containsExactly(caching.id());
            assertThat(web.changes().added()).isEmpty();
        });
        assertThat(again.roadmaps()).isEmpty();
        JsonNode event = JSON.readTree(awaitVersion(before + 1).value());
        assertThat(event.get("changes").get("previousVersion").asInt()).isEqualTo(before);
        assertThat(event.get("changes").get("updated").get(0).asString()).isEqualTo(caching.id().toString());
        assertThat(event.get("topics").get(2).get("title").asString()).isEqualTo("Caching at Every Layer");
    }

    private static Publication editorPublication() {
        return new Publication(Publication.Source.EDITOR, "test-editor", "A test release", null, Map.of(),
                "removed in a test");
    }

    private int currentVersion() {
        return jdbc.sql("SELECT version FROM roadmaps WHERE id = :id").param("id", WEB).query(Integer.class).single();
    }

    private ConsumerRecord<String, byte[]> awaitVersion(int version) {
        String eventId = CurriculumPublisher.eventIdFor(WEB, version).toString();
        return EventTopics.readUntil(ContentEvents.TOPIC, record -> eventId.equals(header(record, "ce_id")),
                seen -> !seen.isEmpty()).getFirst();
    }
}
