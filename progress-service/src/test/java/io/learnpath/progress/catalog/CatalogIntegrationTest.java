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
import io.learnpath.platform.test.EventTopics;
import io.learnpath.platform.test.contract.ContractExample;
import io.learnpath.platform.test.http.TestResponse;
import io.learnpath.progress.ProgressIntegrationTest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class CatalogIntegrationTest extends ProgressIntegrationTest {

    private static final String ROADMAP_PUBLISHED = "learnpath.content.roadmap-published.v1";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    RoadmapCatalog catalog;

    @Test
    void builds_the_catalogue_from_a_published_roadmap_and_becomes_ready() {
        String slug = uniqueSlug("backend");
        publishAndAwait(roadmap(UUID.randomUUID(), slug, "Backend", 1,
                topic(UUID.randomUUID(), "databases", "INTERMEDIATE", 2),
                topic(UUID.randomUUID(), "http", "BASIC", 1),
                topic(UUID.randomUUID(), "caching", "ADVANCED", 3)));

        JsonNode summary = summary(UUID.randomUUID(), slug).json();
        assertThat(summary.path("roadmapSlug").asString()).isEqualTo(slug);
        assertThat(summary.path("roadmapTitle").asString()).isEqualTo("Backend");
        assertThat(summary.path("total").asInt()).isEqualTo(3);
        assertThat(summary.path("topics").valueStream().map(topic -> topic.path("topicSlug").asString()))
                .containsExactly("http", "databases", "caching");
        JsonNode first = summary.path("topics").path(0);
        assertThat(first.path("title").asString()).isEqualTo("Title of http");
        assertThat(first.path("level").asString()).isEqualTo("BASIC");
        assertThat(first.path("order").asInt()).isEqualTo(1);
        assertThat(summary.path("levels").valueStream()
                .map(level -> level.path("level").asString() + "=" + level.path("total").asInt()))
                .containsExactly("BASIC=1", "INTERMEDIATE=1", "ADVANCED=1");

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
        // What the summary does not show is stored too: nesting (told from the parent's side), effort, prerequisites.
        UUID roadmapId = UUID.fromString(published.path("roadmapId").asString());
        for (JsonNode topic : topics) {
            UUID topicId = UUID.fromString(topic.path("topicId").asString());
            Map<String, Object> stored = jdbc.sql("""
                            SELECT effort_hours, array_to_string(prerequisites, ',') AS prerequisites
                            FROM roadmap_topic WHERE roadmap_id = :roadmap AND topic_id = :topic""")
                    .param("roadmap", roadmapId).param("topic", topicId).query().singleRow();
            assertThat(stored.get("effort_hours")).isEqualTo(topic.path("effortHours").asInt());
            assertThat(stored.get("prerequisites")).isEqualTo(String.join(",",
                    topic.path("prerequisites").valueStream().map(JsonNode::asString).toList()));
            for (JsonNode subtopic : topic.path("subtopics")) {
                assertThat(parentOf(roadmapId, UUID.fromString(subtopic.asString()))).isEqualTo(topicId);
            }
        }
        UUID firstTopic = UUID.fromString(topics.getFirst().path("topicId").asString());
        assertThat(parentOf(roadmapId, firstTopic)).isNull();
    }

    /**
     * Versions announced before topics gained nesting, effort and prerequisites (and before BEGINNER became BASIC)
     * may still be replayed: they are stored with today's level name, at the top level, without effort or
     * prerequisites.
     */
    @Test
    void stores_a_publication_in_the_shape_from_before_nesting_and_effort() {
        UUID topicId = UUID.randomUUID();
        RoadmapPublished event = roadmap(UUID.randomUUID(), uniqueSlug("old-shape"), "Old shape", 1,
                topic(topicId, "only", "BEGINNER", 1));
        ObjectNode body = json.valueToTree(event);
        body.remove("changes");
        ObjectNode topic = (ObjectNode) body.path("topics").path(0);
        topic.remove("effortHours");
        topic.remove("prerequisites");
        topic.remove("subtopics");

        EventTopics.publish(ContentEvents.TOPIC, event, "content-service", json.writeValueAsBytes(body));
        awaitRoadmap(event.slug(), event.title(), 1);

        assertThat(summary(UUID.randomUUID(), event.slug()).json().path("topics").path(0).path("level").asString())
                .isEqualTo("BASIC");
        Map<String, Object> stored = jdbc.sql("""
                        SELECT level, parent_id, effort_hours, cardinality(prerequisites) AS prerequisites
                        FROM roadmap_topic WHERE roadmap_id = :roadmap AND topic_id = :topic""")
                .param("roadmap", event.roadmapId()).param("topic", topicId).query().singleRow();
        assertThat(stored).containsEntry("level", "BASIC").containsEntry("effort_hours", 0)
                .containsEntry("prerequisites", 0);
        assertThat(stored.get("parent_id")).isNull();
    }

    /**
     * A topic may belong to several roadmaps (http is in backend and in APIs). Each roadmap's publications change
     * only its own membership: publishing one never takes the topic from the other, a newer version dropping it
     * removes it from that roadmap alone, and an older version bringing it back is ignored.
     */
    @Test
    void a_topic_shared_by_two_roadmaps_stays_in_each_until_that_roadmap_drops_it() {
        UUID http = UUID.randomUUID();
        UUID backendId = UUID.randomUUID();
        UUID apisId = UUID.randomUUID();
        String backend = uniqueSlug("backend");
        String apis = uniqueSlug("apis");
        publishAndAwait(roadmap(backendId, backend, "Backend", 1, topic(http, "http", "BASIC", 1),
                topic(UUID.randomUUID(), "databases", "INTERMEDIATE", 2)));
        publishAndAwait(roadmap(apisId, apis, "APIs", 1, topic(UUID.randomUUID(), "rest", "BASIC", 1),
                topic(http, "http", "INTERMEDIATE", 2)));

        assertThat(topicSlugs(backend)).containsExactly("http", "databases");
        assertThat(topicSlugs(apis)).containsExactly("rest", "http");
        assertThat(memberships(http)).containsExactlyInAnyOrder(backendId, apisId);
        // Each roadmap keeps its own placement of the shared topic.
        assertThat(summary(UUID.randomUUID(), backend).json().path("topics").path(0).path("level").asString())
                .isEqualTo("BASIC");
        assertThat(summary(UUID.randomUUID(), apis).json().path("topics").path(1).path("level").asString())
                .isEqualTo("INTERMEDIATE");

        UUID learner = UUID.randomUUID();
        assertThat(setStatus(learner, backend, "http", "DONE").status()).isEqualTo(200);

        publishAndAwait(roadmap(backendId, backend, "Backend without http", 2,
                topic(UUID.randomUUID(), "databases", "INTERMEDIATE", 1)));
        assertThat(topicSlugs(backend)).containsExactly("databases");
        assertThat(topicSlugs(apis)).containsExactly("rest", "http");
        assertThat(memberships(http)).containsExactly(apisId);
        assertThat(setStatus(learner, backend, "http", "IN_PROGRESS").status()).isEqualTo(404);
        // The learner's status is the topic's: it still counts where the topic still is.
        JsonNode apisSummary = summary(learner, apis).json();
        assertThat(apisSummary.path("done").asInt()).isEqualTo(1);
        assertThat(apisSummary.path("topics").path(1).path("status").asString()).isEqualTo("DONE");
        assertThat(summary(learner, backend).json().path("done").asInt()).isZero();

        RoadmapPublished replayed = roadmap(backendId, backend, "Backend", 1, topic(http, "http", "BASIC", 1));
        publish(replayed);
        awaitProcessed(replayed);
        assertThat(topicSlugs(backend)).containsExactly("databases");
        assertThat(memberships(http)).containsExactly(apisId);
    }

    @Test
    void finds_the_roadmaps_listing_some_topics_each_with_its_current_topic_list() {
        UUID http = UUID.randomUUID();
        UUID rest = UUID.randomUUID();
        UUID databases = UUID.randomUUID();
        UUID backendId = UUID.randomUUID();
        UUID apisId = UUID.randomUUID();
        String backend = uniqueSlug("backend");
        String apis = uniqueSlug("apis");
        publishAndAwait(roadmap(backendId, backend, "Backend", 3, topic(http, "http", "BASIC", 1),
                topic(databases, "databases", "INTERMEDIATE", 2)));
        publishAndAwait(roadmap(apisId, apis, "APIs", 1, topic(rest, "rest", "BASIC", 1),
                topic(http, "http", "INTERMEDIATE", 2)));

        Map<CatalogRoadmap, List<CatalogTopic>> listingHttp = catalog.roadmapsListing(List.of(http));
        assertThat(listingHttp.keySet()).containsExactlyInAnyOrder(new CatalogRoadmap(apisId, apis, "APIs", 1),
                new CatalogRoadmap(backendId, backend, "Backend", 3));
        assertThat(listingHttp.get(new CatalogRoadmap(backendId, backend, "Backend", 3)))
                .extracting(CatalogTopic::slug).containsExactly("http", "databases");
        assertThat(catalog.roadmapsListing(List.of(rest, databases)).keySet()).extracting(CatalogRoadmap::id)
                .containsExactlyInAnyOrder(apisId, backendId);
        assertThat(catalog.roadmapsListing(List.of(databases)).keySet()).extracting(CatalogRoadmap::id)
                .containsExactly(backendId);
        assertThat(catalog.roadmapsListing(List.of(UUID.randomUUID()))).isEmpty();
        assertThat(catalog.roadmapsListing(List.of())).isEmpty();
    }

    /** A slug names a topic within one version of one roadmap: the same topic may sit in another, the slug not. */
    @Test
    void looks_a_topic_up_by_slug_in_the_roadmaps_current_version() {
        UUID http = UUID.randomUUID();
        UUID backendId = UUID.randomUUID();
        String backend = uniqueSlug("backend");
        publishAndAwait(roadmap(backendId, backend, "Backend", 1, topic(http, "http", "BASIC", 1)));
        CatalogRoadmap first = catalog.roadmap(backend).orElseThrow();
        assertThat(catalog.topic(first, "http")).map(CatalogTopic::id).contains(http);
        assertThat(catalog.topic(first, "databases")).isEmpty();

        UUID databases = UUID.randomUUID();
        publishAndAwait(roadmap(backendId, backend, "Backend", 2, topic(databases, "databases", "BASIC", 1)));
        CatalogRoadmap second = catalog.roadmap(backend).orElseThrow();
        assertThat(catalog.topic(second, "databases")).map(CatalogTopic::id).contains(databases);
        assertThat(catalog.topic(second, "http")).isEmpty();
    }

    @Test
    void nests_sub_topics_under_their_parent_in_each_roadmap() {
        UUID linux = UUID.randomUUID();
        UUID shell = UUID.randomUUID();
        UUID containers = UUID.randomUUID();
        UUID elsewhere = UUID.randomUUID();
        UUID devopsId = UUID.randomUUID();
        UUID basicsId = UUID.randomUUID();
        publishAndAwait(roadmap(devopsId, uniqueSlug("devops"), "DevOps", 1,
                topic(linux, "linux", "BASIC", 1, 12, List.of(), List.of(shell)),
                topic(shell, "shell", "BASIC", 2, 6, List.of(), List.of()),
                topic(containers, "containers", "INTERMEDIATE", 3, 10, List.of(linux, elsewhere), List.of())));
        // The same sub-topic at the top level of another roadmap.
        publishAndAwait(roadmap(basicsId, uniqueSlug("basics"), "Basics", 1,
                topic(shell, "shell", "BASIC", 1, 6, List.of(), List.of())));

        assertThat(parentOf(devopsId, shell)).isEqualTo(linux);
        assertThat(parentOf(devopsId, linux)).isNull();
        assertThat(parentOf(basicsId, shell)).isNull();
        assertThat(catalog.topics(catalog.roadmap(devopsId).orElseThrow())).filteredOn(topic -> topic.id().equals(containers)).singleElement()
                .satisfies(topic -> {
                    assertThat(topic.effortHours()).isEqualTo(10);
                    assertThat(topic.prerequisites()).containsExactly(linux, elsewhere);
                });
    }

    @Test
    void dead_letters_a_publication_that_nests_a_topic_under_two_parents() {
        UUID child = UUID.randomUUID();
        RoadmapPublished twoParents = roadmap(UUID.randomUUID(), uniqueSlug("two-parents"), "Two parents", 1,
                topic(UUID.randomUUID(), "first", "BASIC", 1, 1, List.of(), List.of(child)),
                topic(UUID.randomUUID(), "second", "BASIC", 2, 1, List.of(), List.of(child)),
                topic(child, "child", "BASIC", 3));
        publish(twoParents);

        List<ConsumerRecord<String, byte[]>> deadLetters = readUntil(
                EventsProperties.deadLetterTopic(ContentEvents.TOPIC),
                record -> twoParents.eventId().toString().equals(header(record, CloudEventHeaders.ID)),
                seen -> !seen.isEmpty());
        assertThat(header(deadLetters.getFirst(), "kafka_dlt-exception-message"))
                .contains("nests topic " + child + " under two parents");
    }

    @Test
    void applies_a_redelivered_event_once() {
        RoadmapPublished event = roadmap(UUID.randomUUID(), uniqueSlug("twice"), "Twice", 1,
                topic(UUID.randomUUID(), "only", "BASIC", 1));
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
        publishAndAwait(roadmap(roadmapId, slug, "Version two", 2, topic(kept, "kept", "BASIC", 1),
                topic(UUID.randomUUID(), "added-in-two", "BASIC", 2)));

        RoadmapPublished older = roadmap(roadmapId, slug, "Version one", 1, topic(kept, "kept", "BASIC", 1));
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
        publishAndAwait(roadmap(roadmapId, slug, "Shrinking", 1, topic(a, "a", "BASIC", 1),
                topic(b, "b", "BASIC", 2), topic(UUID.randomUUID(), "c", "BASIC", 3)));
        UUID learner = UUID.randomUUID();
        assertThat(setStatus(learner, slug, "a", "DONE").status()).isEqualTo(200);
        assertThat(setStatus(learner, slug, "c", "DONE").status()).isEqualTo(200);
        assertThat(summary(learner, slug).json().path("percent").asDouble()).isEqualTo(66.7);

        publishAndAwait(roadmap(roadmapId, slug, "Shrinking", 2, topic(a, "a", "BASIC", 1),
                topic(b, "b", "BASIC", 2), topic(UUID.randomUUID(), "d", "ADVANCED", 3),
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
                topic(UUID.randomUUID(), "still-served", "BASIC", 1));

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
                UUID.randomUUID(), uniqueSlug("untitled"), null, 1, List.of(),
                new RoadmapPublished.Changes(0, List.of(), List.of(), List.of(), List.of()));
        publish(noTitle);

        List<ConsumerRecord<String, byte[]>> deadLetters = readUntil(
                EventsProperties.deadLetterTopic(ContentEvents.TOPIC),
                record -> noTitle.eventId().toString().equals(header(record, CloudEventHeaders.ID)),
                seen -> !seen.isEmpty());
        assertThat(header(deadLetters.getFirst(), "kafka_dlt-exception-message")).contains("has no title");
    }

    private List<String> topicSlugs(String roadmapSlug) {
        return summary(UUID.randomUUID(), roadmapSlug).json().path("topics").valueStream()
                .map(topic -> topic.path("topicSlug").asString()).toList();
    }

    private List<UUID> memberships(UUID topicId) {
        return jdbc.sql("SELECT roadmap_id FROM roadmap_topic WHERE topic_id = :topic").param("topic", topicId)
                .query(UUID.class).list();
    }

    /** The topic's parent in the roadmap; null at the top level. */
    private UUID parentOf(UUID roadmapId, UUID topicId) {
        List<UUID> parent = jdbc.sql("SELECT parent_id FROM roadmap_topic WHERE roadmap_id = :roadmap "
                        + "AND topic_id = :topic")
                .param("roadmap", roadmapId).param("topic", topicId).query(UUID.class).list();
        assertThat(parent).as("membership of %s in %s", topicId, roadmapId).hasSize(1);
        return parent.getFirst();
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
