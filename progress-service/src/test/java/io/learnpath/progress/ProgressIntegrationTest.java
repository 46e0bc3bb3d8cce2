package io.learnpath.progress;

import static org.awaitility.Awaitility.await;

import io.learnpath.content.events.ContentEvents;
import io.learnpath.content.events.RoadmapPublished;
import io.learnpath.platform.events.CloudEventHeaders;
import io.learnpath.platform.test.EventTopics;
import io.learnpath.platform.test.MovableClock;
import io.learnpath.platform.test.RealInfrastructure;
import io.learnpath.platform.test.TestTokens;
import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.platform.test.http.TestResponse;
import io.learnpath.progress.events.ProgressEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What every integration test shares: the whole service on a random port against real PostgreSQL and Kafka,
 * a producer standing in for the content-service, an HTTP client and a clock tests may set ({@link MovableClock}). All subclasses keep exactly this
 * configuration so Spring's context cache runs one application (one consumer group) for all of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@Import(MovableClock.InPlaceOfTheServiceClock.class)
public abstract class ProgressIntegrationTest {

    protected static final Duration PATIENCE = Duration.ofSeconds(30);
    protected static final TestTokens TOKENS = TestTokens.shared();

    @LocalServerPort
    protected int port;

    @Autowired
    protected JsonMapper json;

    /** Real time unless a test sets it; every test starts on real time. */
    @Autowired
    protected MovableClock clock;

    protected TestHttp http;

    @BeforeEach
    void connect() {
        http = TestHttp.at(port).withJsonMapper(json);
    }

    @AfterEach
    void backToRealTime() {
        clock.followRealTime();
    }

    // ---- the content-service's side

    protected static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A version of a roadmap; its {@code changes} are left empty, as the catalogue does not read them. */
    protected static RoadmapPublished roadmap(UUID roadmapId, String slug, String title, int version,
            RoadmapPublished.Topic... topics) {
        return new RoadmapPublished(UUID.randomUUID(), Instant.now(), roadmapId, slug, title, version,
                List.of(topics), new RoadmapPublished.Changes(version - 1, List.of(), List.of(), List.of(), List.of()));
    }

    /** A top-level topic of one hour without prerequisites. */
    protected static RoadmapPublished.Topic topic(UUID id, String slug, String level, int order) {
        return topic(id, slug, level, order, 1, List.of(), List.of());
    }

    protected static RoadmapPublished.Topic topic(UUID id, String slug, String level, int order, int effortHours,
            List<UUID> prerequisites, List<UUID> subtopics) {
        return new RoadmapPublished.Topic(id, slug, "Title of " + slug, level, order, effortHours, prerequisites,
                subtopics);
    }

    /** Publishes the event as the content-service's outbox would, plus a field this service does not know. */
    protected void publish(RoadmapPublished event) {
        ObjectNode body = json.valueToTree(event);
        body.put("someFieldAddedLater", "consumers must ignore it");
        EventTopics.publish(ContentEvents.TOPIC, event, "content-service", json.writeValueAsBytes(body));
    }

    protected void send(String key, Map<String, String> headers, byte[] value) {
        EventTopics.publish(ContentEvents.TOPIC, key, headers, value);
    }

    /** Publishes and waits until the summary endpoint knows the roadmap. */
    protected void publishAndAwait(RoadmapPublished event) {
        publish(event);
        awaitRoadmap(event.slug(), event.title(), event.topics().size());
    }

    /** Waits until the summary endpoint knows the roadmap with this title and number of topics. */
    protected void awaitRoadmap(String slug, String title, int topics) {
        UUID anyone = UUID.randomUUID();
        await().atMost(PATIENCE).until(() -> {
            TestResponse summary = summary(anyone, slug);
            return summary.status() == 200 && summary.json().path("total").asInt() == topics
                    && summary.json().path("roadmapTitle").asString().equals(title);
        });
    }

    // ---- HTTP

    /** {@code PUT} of a JSON body as given (malformed or null included), with the learner's token. */
    protected TestResponse put(String token, String path, String body) {
        // Content-Type even without a body: what is tested is a missing body, not a missing media type.
        return http.request(path).token(token).header("Content-Type", "application/json")
                .json(body == null ? "" : body).put();
    }

    protected TestResponse setStatus(UUID learner, String roadmapSlug, String topicSlug, String status) {
        return http.request("/api/progress/roadmaps/" + roadmapSlug + "/topics/" + topicSlug)
                .token(TOKENS.learner(learner)).json(Map.of("status", status)).put();
    }

    protected TestResponse summary(UUID learner, String roadmapSlug) {
        return http.get("/api/progress/roadmaps/" + roadmapSlug, TOKENS.learner(learner));
    }

    /**
     * Every record of {@code type} published about the learner so far, once the outbox has relayed all of theirs
     * (so what a test did is on the topic, and nothing of it is still on its way).
     */
    protected List<ConsumerRecord<String, byte[]>> published(JdbcClient jdbc, UUID learner, String type) {
        await().atMost(PATIENCE).until(() -> jdbc.sql(
                        "SELECT count(*) FROM event_publication WHERE serialized_event LIKE :learner")
                .param("learner", "%" + learner + "%").query(Integer.class).single() == 0);
        return EventTopics.readAll(ProgressEvents.TOPIC, record -> learner.toString().equals(record.key())
                && type.equals(EventTopics.header(record, CloudEventHeaders.TYPE)));
    }
}
