package io.learnpath.content.publishing;

import static io.learnpath.content.TestRoadmaps.BACKEND_ID;
import static io.learnpath.platform.test.EventTopics.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import io.learnpath.content.TestRoadmaps;
import io.learnpath.content.events.ContentEvents;
import io.learnpath.content.events.RoadmapPublished;
import io.learnpath.platform.test.EventTopics;
import io.learnpath.platform.test.RealInfrastructure;
import io.learnpath.platform.test.contract.ContractExample;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * RoadmapPublished as progress-service receives it: read from {@code learnpath.content.events} with a plain
 * KafkaConsumer, checked for CloudEvents headers, key and the full topic list, and never sent twice for a version.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@RealInfrastructure
class RoadmapPublishedIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RoadmapReleaseAnnouncer announcer;

    @Autowired
    JdbcClient jdbc;

    EventTopics.Subscription published;
    TestRoadmaps roadmaps;

    @BeforeEach
    void subscribe() {
        roadmaps = new TestRoadmaps(jdbc);
        published = EventTopics.subscribe(ContentEvents.TOPIC);
    }

    @AfterEach
    void close() {
        published.close();
        roadmaps.removeAllButSeed();
    }

    @Test
    void announcesTheSeededRoadmapAtStartUpWithCloudEventsHeaders() {
        ConsumerRecord<String, byte[]> record = awaitOneFor(BACKEND_ID);

        assertThat(record.key()).isEqualTo(BACKEND_ID.toString());
        assertThat(header(record, "ce_id")).isEqualTo(RoadmapReleaseAnnouncer.eventIdFor(BACKEND_ID, 1).toString());
        assertThat(header(record, "ce_type")).isEqualTo("learnpath.content.roadmap-published.v1");
        assertThat(header(record, "ce_source")).isEqualTo("content-service");
        assertThat(Instant.parse(header(record, "ce_time"))).isBefore(Instant.now());
        assertThat(header(record, "ce_subject")).isEqualTo(BACKEND_ID.toString());
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
    }

    @Test
    void carriesEverythingProgressServiceNeedsToBuildItsCatalogue() {
        JsonNode event = JSON.readTree(awaitOneFor(BACKEND_ID).value());

        assertThat(event.get("eventId").asString())
                .isEqualTo(RoadmapReleaseAnnouncer.eventIdFor(BACKEND_ID, 1).toString());
        assertThat(event.get("roadmapId").asString()).isEqualTo(BACKEND_ID.toString());
        assertThat(event.get("slug").asString()).isEqualTo("backend");
        assertThat(event.get("title").asString()).isEqualTo("Backend Developer");
        assertThat(event.get("version").asInt()).isEqualTo(1);
        List<Map<String, Object>> expected = jdbc.sql("""
                        SELECT id::text AS topic_id, slug, title, level, position FROM topics
                        WHERE roadmap_id = :id ORDER BY position
                        """)
                .param("id", BACKEND_ID).query().listOfRows();
        JsonNode topics = event.get("topics");
        assertThat(topics.size()).isEqualTo(expected.size()).isGreaterThanOrEqualTo(12);
        for (int i = 0; i < expected.size(); i++) {
            JsonNode topic = topics.get(i);
            Map<String, Object> row = expected.get(i);
            assertThat(topic.get("topicId").asString()).isEqualTo(row.get("topic_id"));
            assertThat(topic.get("slug").asString()).isEqualTo(row.get("slug"));
            assertThat(topic.get("title").asString()).isEqualTo(row.get("title"));
            assertThat(topic.get("level").asString()).isEqualTo(row.get("level"));
            assertThat(topic.get("order").asInt()).isEqualTo(row.get("position"));
        }
    }

    @Test
    void announcesEachVersionExactlyOnceHoweverOftenItRuns() {
        awaitOneFor(BACKEND_ID);

        assertThat(announcer.announcePendingReleases()).isZero();
        assertThat(announcer.announcePendingReleases()).isZero();

        assertThat(everythingPublishedFor(BACKEND_ID)).hasSize(1);
        assertThat(releaseRows(BACKEND_ID)).isEqualTo(1);
    }

    @Test
    void announcesANewVersionOnceEvenWhenTwoInstancesRaceForIt() throws Exception {
        UUID id = roadmaps.add("race-for-release", "Raced", 3);
        CountDownLatch start = new CountDownLatch(1);
        // Two threads of our own: the common pool may have a single thread on a small machine.
        try (ExecutorService instances = Executors.newFixedThreadPool(2)) {
            Future<Integer> first = instances.submit(() -> announceAfter(start));
            Future<Integer> second = instances.submit(() -> announceAfter(start));

            start.countDown();

            assertThat(first.get() + second.get()).isEqualTo(1);
        }
        assertThat(releaseRows(id)).isEqualTo(1);
        List<ConsumerRecord<String, byte[]>> published = everythingPublishedFor(id);
        assertThat(published).hasSize(1);
        assertThat(JSON.readTree(published.getFirst().value()).get("topics").size()).isEqualTo(3);
    }

    @Test
    void announcesAReleasedVersionWithItsNewNumber() {
        UUID id = roadmaps.add("next-version", "First", 1);
        assertThat(announcer.announcePendingReleases()).isEqualTo(1);

        roadmaps.release(id, "Second");
        assertThat(announcer.announcePendingReleases()).isEqualTo(1);

        await().atMost(Duration.ofSeconds(20)).until(() -> recordsFor(id).size() == 2);
        List<JsonNode> events = recordsFor(id).stream().map(record -> JSON.readTree(record.value())).toList();
        assertThat(events).extracting(event -> event.get("version").asInt()).containsExactly(1, 2);
        assertThat(events).extracting(event -> event.get("title").asString()).containsExactly("First", "Second");
        assertThat(releaseRows(id)).isEqualTo(2);
    }

    @Test
    void publishesTheShapeOfItsContractExample() {
        ContractExample.of(RoadmapPublished.class).assertSameShape(awaitOneFor(BACKEND_ID).value());
    }

    private int announceAfter(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return announcer.announcePendingReleases();
    }

    private ConsumerRecord<String, byte[]> awaitOneFor(UUID roadmapId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !recordsFor(roadmapId).isEmpty());
        return recordsFor(roadmapId).getFirst();
    }

    /**
     * Everything the topic holds for the roadmap once the outbox has relayed all it was given (completed
     * publications are deleted), read up to the end offsets: "nothing else was published", without waiting out a
     * time window.
     */
    private List<ConsumerRecord<String, byte[]>> everythingPublishedFor(UUID roadmapId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM event_publication")
                .query(Long.class).single() == 0);
        return EventTopics.readAll(ContentEvents.TOPIC, record -> roadmapId.toString().equals(record.key()));
    }

    /** Everything received so far for the roadmap, after polling once more. */
    private List<ConsumerRecord<String, byte[]>> recordsFor(UUID roadmapId) {
        return published.withKey(roadmapId.toString());
    }

    private long releaseRows(UUID roadmapId) {
        return jdbc.sql("SELECT count(*) FROM roadmap_releases WHERE roadmap_id = :id")
                .param("id", roadmapId).query(Long.class).single();
    }
}
