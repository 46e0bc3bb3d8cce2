package io.learnpath.progress.tracking;

import static io.learnpath.platform.test.EventTopics.header;
import static io.learnpath.platform.test.EventTopics.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.content.events.RoadmapPublished;
import io.learnpath.platform.domain.Slug;
import io.learnpath.platform.events.CloudEventHeaders;
import io.learnpath.platform.test.contract.ContractExample;
import io.learnpath.platform.test.http.TestResponse;
import io.learnpath.progress.ProgressIntegrationTest;
import io.learnpath.progress.events.ProgressEvents;
import io.learnpath.progress.events.TopicStatusChanged;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class TopicStatusIntegrationTest extends ProgressIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    private String slug;
    private RoadmapPublished roadmap;

    @BeforeEach
    void publishRoadmap() {
        slug = uniqueSlug("java");
        roadmap = roadmap(UUID.randomUUID(), slug, "Java backend", 1,
                topic(UUID.randomUUID(), "syntax", "BASIC", 1),
                topic(UUID.randomUUID(), "collections", "BASIC", 2),
                topic(UUID.randomUUID(), "concurrency", "ADVANCED", 3));
        publishAndAwait(roadmap);
    }

    @Test
    void a_status_change_shows_in_the_summary() {
        UUID learner = UUID.randomUUID();
        JsonNode before = summary(learner, slug).json();
        assertThat(before.path("done").asInt()).isZero();
        assertThat(before.path("notStarted").asInt()).isEqualTo(3);
        assertThat(before.path("percent").asDouble()).isZero();
        assertThat(before.path("topics").path(0).path("status").asString()).isEqualTo("NOT_STARTED");
        assertThat(before.path("topics").path(0).path("updatedAt").isNull()).isTrue();

        TestResponse done = setStatus(learner, slug, "syntax", "DONE");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().path("roadmapSlug").asString()).isEqualTo(slug);
        assertThat(done.json().path("topicSlug").asString()).isEqualTo("syntax");
        assertThat(done.json().path("status").asString()).isEqualTo("DONE");
        assertThat(done.json().path("previousStatus").asString()).isEqualTo("NOT_STARTED");
        Instant updatedAt = Instant.parse(done.json().path("updatedAt").asString());
        assertThat(updatedAt).isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));

        assertThat(setStatus(learner, slug, "collections", "IN_PROGRESS").status()).isEqualTo(200);
        assertThat(setStatus(learner, slug, "concurrency", "SKIPPED").status()).isEqualTo(200);

        JsonNode after = summary(learner, slug).json();
        assertThat(after.path("total").asInt()).isEqualTo(3);
        assertThat(after.path("done").asInt()).isEqualTo(1);
        assertThat(after.path("inProgress").asInt()).isEqualTo(1);
        assertThat(after.path("skipped").asInt()).isEqualTo(1);
        assertThat(after.path("notStarted").asInt()).isZero();
        // (done + skipped) / total
        assertThat(after.path("percent").asDouble()).isEqualTo(66.7);
        JsonNode syntax = after.path("topics").path(0);
        assertThat(syntax.path("topicSlug").asString()).isEqualTo("syntax");
        assertThat(syntax.path("status").asString()).isEqualTo("DONE");
        assertThat(Instant.parse(syntax.path("updatedAt").asString())).isEqualTo(updatedAt);

        assertThat(setStatus(learner, slug, "collections", "DONE").status()).isEqualTo(200);
        assertThat(summary(learner, slug).json().path("percent").asDouble()).isEqualTo(100.0);
    }

    @Test
    void publishes_topic_status_changed_only_when_the_status_changes() {
        UUID learner = UUID.randomUUID();
        double doneCountBefore = statusChanges("DONE");

        assertThat(setStatus(learner, slug, "syntax", "DONE").status()).isEqualTo(200);
        TestResponse again = setStatus(learner, slug, "syntax", "DONE");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().path("previousStatus").asString()).isEqualTo("DONE");
        assertThat(setStatus(learner, slug, "syntax", "IN_PROGRESS").status()).isEqualTo(200);

        List<ConsumerRecord<String, byte[]>> records = publishedFor(learner);
        assertThat(records).hasSize(2);
        records = records.stream().sorted(Comparator.comparing(record -> read(record).occurredAt())).toList();
        assertThat(records).extracting(record -> read(record).status()).containsExactly("DONE", "IN_PROGRESS");

        ConsumerRecord<String, byte[]> first = records.getFirst();
        TopicStatusChanged event = read(first);
        assertThat(header(first, CloudEventHeaders.TYPE)).isEqualTo("learnpath.progress.topic-status-changed.v1");
        assertThat(header(first, CloudEventHeaders.ID)).isEqualTo(event.eventId().toString());
        assertThat(header(first, CloudEventHeaders.SOURCE)).isEqualTo("progress-service");
        assertThat(header(first, CloudEventHeaders.SUBJECT)).isEqualTo(learner.toString());
        assertThat(header(first, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(Instant.parse(header(first, CloudEventHeaders.TIME))).isEqualTo(event.occurredAt());
        assertThat(event.learnerId()).isEqualTo(learner);
        assertThat(event.roadmapId()).isEqualTo(roadmap.roadmapId());
        assertThat(event.roadmapSlug()).isEqualTo(slug);
        assertThat(event.topicId()).isEqualTo(roadmap.topics().getFirst().topicId());
        assertThat(event.topicSlug()).isEqualTo("syntax");
        assertThat(event.topicTitle()).isEqualTo("Title of syntax");
        assertThat(event.previousStatus()).isEqualTo("NOT_STARTED");
        assertThat(read(records.get(1)).previousStatus()).isEqualTo("DONE");

        assertThat(statusChanges("DONE")).isEqualTo(doneCountBefore + 1);
    }

    /** What consumers rely on: every published field has the name and JSON type of the contract's example. */
    @Test
    void publishes_topic_status_changed_in_the_shape_of_its_contract_example() {
        UUID learner = UUID.randomUUID();
        assertThat(setStatus(learner, slug, "collections", "IN_PROGRESS").status()).isEqualTo(200);

        List<ConsumerRecord<String, byte[]>> records = publishedFor(learner);
        assertThat(records).hasSize(1);
        ContractExample.of(TopicStatusChanged.class).assertSameShape(records.getFirst().value());
    }

    @Test
    void concurrent_identical_updates_publish_one_change() throws Exception {
        UUID learner = UUID.randomUUID();
        List<Callable<Integer>> sameUpdate = IntStream.range(0, 8)
                .<Callable<Integer>>mapToObj(i -> () -> setStatus(learner, slug, "concurrency", "DONE").status())
                .toList();
        try (ExecutorService threads = Executors.newFixedThreadPool(8)) {
            for (Future<Integer> status : threads.invokeAll(sameUpdate)) {
                assertThat(status.get()).isEqualTo(200);
            }
        }
        assertThat(setStatus(learner, slug, "concurrency", "SKIPPED").status()).isEqualTo(200);

        assertThat(publishedFor(learner)).extracting(record -> read(record).status())
                .containsExactlyInAnyOrder("DONE", "SKIPPED");
    }

    /**
     * A status belongs to the topic: a topic shared by two roadmaps shows the same status in both, one change moves
     * both summaries, and setting it through either roadmap changes that one status. The event names the roadmap
     * the request went through.
     */
    @Test
    void a_status_on_a_topic_shared_by_two_roadmaps_shows_in_both_summaries() {
        UUID http = UUID.randomUUID();
        String apis = uniqueSlug("apis");
        publishAndAwait(roadmap(UUID.randomUUID(), apis, "APIs", 1,
                topic(UUID.randomUUID(), "rest", "BASIC", 1),
                topic(http, "http", "BASIC", 2),
                topic(UUID.randomUUID(), "grpc", "ADVANCED", 3),
                topic(UUID.randomUUID(), "graphql", "ADVANCED", 4)));
        String web = uniqueSlug("web");
        RoadmapPublished webRoadmap = roadmap(UUID.randomUUID(), web, "Web", 1,
                topic(http, "http", "BASIC", 1),
                topic(UUID.randomUUID(), "html", "BASIC", 2));
        publishAndAwait(webRoadmap);
        UUID learner = UUID.randomUUID();

        TestResponse done = setStatus(learner, apis, "http", "DONE");
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.json().path("roadmapSlug").asString()).isEqualTo(apis);
        Instant doneAt = Instant.parse(done.json().path("updatedAt").asString());

        JsonNode apisSummary = summary(learner, apis).json();
        assertThat(apisSummary.path("done").asInt()).isEqualTo(1);
        assertThat(apisSummary.path("percent").asDouble()).isEqualTo(25.0);
        assertThat(apisSummary.path("levels").path(0).path("done").asInt()).isEqualTo(1);
        assertThat(apisSummary.path("levels").path(0).path("percent").asDouble()).isEqualTo(50.0);
        JsonNode webSummary = summary(learner, web).json();
        assertThat(webSummary.path("done").asInt()).isEqualTo(1);
        assertThat(webSummary.path("percent").asDouble()).isEqualTo(50.0);
        JsonNode httpOnWeb = webSummary.path("topics").path(0);
        assertThat(httpOnWeb.path("status").asString()).isEqualTo("DONE");
        assertThat(Instant.parse(httpOnWeb.path("updatedAt").asString())).isEqualTo(doneAt);

        // Through the other roadmap it is the same status: nothing changes, then one change moves both.
        TestResponse same = setStatus(learner, web, "http", "DONE");
        assertThat(same.json().path("previousStatus").asString()).isEqualTo("DONE");
        TestResponse inProgress = setStatus(learner, web, "http", "IN_PROGRESS");
        assertThat(inProgress.status()).isEqualTo(200);
        assertThat(inProgress.json().path("previousStatus").asString()).isEqualTo("DONE");
        for (String slug : List.of(apis, web)) {
            JsonNode summary = summary(learner, slug).json();
            assertThat(summary.path("done").asInt()).as(slug).isZero();
            assertThat(summary.path("inProgress").asInt()).as(slug).isEqualTo(1);
        }

        List<TopicStatusChanged> events = publishedFor(learner).stream().map(this::read)
                .sorted(Comparator.comparing(TopicStatusChanged::occurredAt)).toList();
        assertThat(events).extracting(TopicStatusChanged::roadmapSlug).containsExactly(apis, web);
        assertThat(events).extracting(TopicStatusChanged::topicId).containsOnly(http);
        assertThat(events.get(1).roadmapId()).isEqualTo(webRoadmap.roadmapId());
    }

    @Test
    void unknown_roadmap_or_topic_is_a_404_problem() {
        UUID learner = UUID.randomUUID();
        TestResponse noRoadmap = setStatus(learner, "no-such-roadmap", "syntax", "DONE");
        assertProblem(noRoadmap, 404, "not-found");
        assertThat(noRoadmap.json().path("detail").asString()).contains("no-such-roadmap");

        assertProblem(setStatus(learner, slug, "no-such-topic", "DONE"), 404, "not-found");
        assertProblem(summary(learner, "no-such-roadmap"), 404, "not-found");
    }

    @Test
    void an_unknown_status_is_a_400_naming_the_allowed_values() {
        TestResponse response = setStatus(UUID.randomUUID(), slug, "syntax", "FINISHED");
        assertProblem(response, 400, "validation");
        JsonNode error = response.json().path("errors").path(0);
        assertThat(error.path("field").asString()).isEqualTo("status");
        assertThat(error.path("message").asString())
                .contains("FINISHED", "NOT_STARTED", "IN_PROGRESS", "DONE", "SKIPPED");
    }

    @Test
    void a_missing_or_malformed_body_is_a_400_problem() {
        String token = TOKENS.learner(UUID.randomUUID());
        String path = "/api/progress/roadmaps/" + slug + "/topics/syntax";
        assertProblem(put(token, path, null), 400, "malformed-request");
        assertProblem(put(token, path, "{\"status\": "), 400, "malformed-request");
        assertProblem(put(token, path, "[]"), 400, "malformed-request");

        TestResponse noStatus = put(token, path, "{}");
        assertProblem(noStatus, 400, "validation");
        assertThat(noStatus.json().path("errors").path(0).path("field").asString()).isEqualTo("status");
    }

    @Test
    void a_malformed_slug_is_a_400_problem() {
        UUID learner = UUID.randomUUID();
        TestResponse badRoadmap = setStatus(learner, "Not_A_Slug", "syntax", "DONE");
        assertProblem(badRoadmap, 400, "validation");
        assertThat(badRoadmap.json().path("errors").path(0).path("field").asString()).isEqualTo("slug");

        TestResponse badTopic = setStatus(learner, slug, "x".repeat(Slug.MAX_LENGTH + 1), "DONE");
        assertProblem(badTopic, 400, "validation");
        assertThat(badTopic.json().path("errors").path(0).path("field").asString()).isEqualTo("topicSlug");

        assertProblem(summary(learner, "UPPER"), 400, "validation");
        // The longest slug is well-formed: it is looked up, and there is no such topic.
        assertProblem(setStatus(learner, slug, "x".repeat(Slug.MAX_LENGTH), "DONE"), 404, "not-found");
    }

    @Test
    void a_malformed_slug_and_an_invalid_body_are_reported_together() {
        TestResponse response = put(TOKENS.learner(UUID.randomUUID()), "/api/progress/roadmaps/Not_A_Slug/topics/syntax",
                "{}");
        assertProblem(response, 400, "validation");
        assertThat(response.json().path("errors").valueStream().map(error -> error.path("field").asString()))
                .containsExactly("slug", "status");
    }

    @Test
    void the_summary_honours_if_none_match_until_progress_changes() {
        UUID learner = UUID.randomUUID();
        String token = TOKENS.learner(learner);
        TestResponse first = http.get("/api/progress/roadmaps/" + slug, token);
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.header("Cache-Control")).contains("private").doesNotContain("no-store");

        assertThat(http.request("/api/progress/roadmaps/" + slug).token(token).header("If-None-Match", etag).get().status()).isEqualTo(304);
        setStatus(learner, slug, "syntax", "DONE");
        assertThat(http.request("/api/progress/roadmaps/" + slug).token(token).header("If-None-Match", etag).get().status()).isEqualTo(200);
    }

    private void assertProblem(TestResponse response, int status, String kind) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("type").asString()).isEqualTo("https://learnpath.io/problems/" + kind);
        assertThat(response.json().path("status").asInt()).isEqualTo(status);
    }

    /**
     * All events published for the learner. Waits until the outbox holds none of theirs (a publication row is
     * deleted once Kafka acknowledged the record), then reads the topic to its end.
     */
    private List<ConsumerRecord<String, byte[]>> publishedFor(UUID learner) {
        await().atMost(PATIENCE).until(() -> jdbc.sql(
                        "SELECT count(*) FROM event_publication WHERE serialized_event LIKE :learner")
                .param("learner", "%" + learner + "%").query(Integer.class).single() == 0);
        // Status changes only: the same learner's milestones share the topic and the key.
        return readAll(ProgressEvents.TOPIC, record -> learner.toString().equals(record.key())
                && "learnpath.progress.topic-status-changed.v1".equals(header(record, CloudEventHeaders.TYPE)));
    }

    private TopicStatusChanged read(ConsumerRecord<String, byte[]> record) {
        return json.readValue(record.value(), TopicStatusChanged.class);
    }

    private double statusChanges(String status) {
        Counter counter = meters.find("learnpath.progress.status_changes").tag("status", status).counter();
        return counter == null ? 0 : counter.count();
    }
}
