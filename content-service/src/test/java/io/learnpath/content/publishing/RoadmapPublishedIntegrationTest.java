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
 * KafkaConsumer, checked for CloudEvents headers, key, the contract's shape and the full topic list, and never
 * sent twice for a version.
 */
// The same context as the other integration tests (same configuration, same database): a context of its own
// would announce the seeded roadmap once more, to the same topic.
@SpringBootTest(webEnvironment = RANDOM_PORT)
@RealInfrastructure
class RoadmapPublishedIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    RoadmapReleaseAnnouncer announcer;

    @Autowired
    JdbcClient jdbc;

    TestRoadmaps roadmaps;

    @BeforeEach
    void setUp() {
        roadmaps = new TestRoadmaps(jdbc);
    }

    @AfterEach
    void removeTestRoadmaps() {
        roadmaps.removeAllButSeed();
    }

    @Test
    void announcesTheSeededRoadmapAtStartUpWithCloudEventsHeaders() {
        ConsumerRecord<String, byte[]> record = firstFor(BACKEND_ID);

        assertThat(record.key()).isEqualTo(BACKEND_ID.toString());
        assertThat(header(record, "ce_id")).isEqualTo(RoadmapReleaseAnnouncer.eventIdFor(BACKEND_ID, 1).toString());
        assertThat(header(record, "ce_type")).isEqualTo("learnpath.content.roadmap-published.v1");
        assertThat(header(record, "ce_source")).isEqualTo("content-service");
        assertThat(Instant.parse(header(record, "ce_time"))).isBefore(Instant.now());
        assertThat(header(record, "ce_subject")).isEqualTo(BACKEND_ID.toString());
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
    }

    @Test
    void hasTheShapeOfTheContractExample() {
        ContractExample.of(RoadmapPublished.class).assertSameShape(firstFor(BACKEND_ID).value());
    }

    @Test
    void carriesEverythingProgressServiceNeedsToBuildItsCatalogue() {
        JsonNode event = JSON.readTree(firstFor(BACKEND_ID).value());

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
        firstFor(BACKEND_ID);

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
        JsonNode event = JSON.readTree(published.getFirst().value());
        assertThat(event.get("topics").size()).isEqualTo(3);
    }

    @Test
    void announcesAReleasedVersionWithItsNewNumber() {
        UUID id = roadmaps.add("next-version", "First", 1);
        assertThat(announcer.announcePendingReleases()).isEqualTo(1);

        roadmaps.release(id, "Second");
        assertThat(announcer.announcePendingReleases()).isEqualTo(1);

        List<JsonNode> events = everythingPublishedFor(id).stream()
                .map(record -> JSON.readTree(record.value())).toList();
        assertThat(events).extracting(event -> event.get("version").asInt()).containsExactly(1, 2);
        assertThat(events).extracting(event -> event.get("title").asString()).containsExactly("First", "Second");
        assertThat(releaseRows(id)).isEqualTo(2);
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

    private static ConsumerRecord<String, byte[]> firstFor(UUID roadmapId) {
        return EventTopics.firstWithKey(ContentEvents.TOPIC, roadmapId.toString());
    }

    /**
     * Every record published for the roadmap, answered at once: when the outbox holds nothing unacknowledged, all
     * that was ever written to it is on the topic, and reading up to the end offsets sees all of it.
     */
    private List<ConsumerRecord<String, byte[]>> everythingPublishedFor(UUID roadmapId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc
                .sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL")
                .query(Long.class).single() == 0);
        return EventTopics.readAll(ContentEvents.TOPIC, record -> roadmapId.toString().equals(record.key()));
    }

    private long releaseRows(UUID roadmapId) {
        return jdbc.sql("SELECT count(*) FROM roadmap_releases WHERE roadmap_id = :id")
                .param("id", roadmapId).query(Long.class).single();
    }
}
