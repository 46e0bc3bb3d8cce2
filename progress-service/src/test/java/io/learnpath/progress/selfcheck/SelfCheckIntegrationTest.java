package io.learnpath.progress.selfcheck;

import static io.learnpath.platform.test.EventTopics.header;
import static io.learnpath.platform.test.EventTopics.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.auth.events.AuthEvents;
import io.learnpath.auth.events.UserDeleted;
import io.learnpath.content.events.RoadmapPublished;
import io.learnpath.platform.events.CloudEventHeaders;
import io.learnpath.platform.test.contract.ContractExample;
import io.learnpath.platform.test.http.TestResponse;
import io.learnpath.progress.ProgressIntegrationTest;
import io.learnpath.progress.events.ProgressEvents;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Self-checks graded with the answer keys the roadmap's publication carried, recorded per attempt, and a passed
 * topic marked done on request.
 */
class SelfCheckIntegrationTest extends ProgressIntegrationTest {

    private static final Map<String, String> ALL_RIGHT = Map.of("status-codes", "b", "idempotency", "a",
            "caching", "c");
    private static final Map<String, String> ONE_RIGHT = Map.of("status-codes", "b", "idempotency", "b",
            "caching", "a");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    private final UUID ada = UUID.randomUUID();
    private final UUID quizzed = UUID.randomUUID();
    private String slug;

    @BeforeEach
    void aRoadmapWithATopicThatHasQuestionsAndOneThatHasNone() {
        slug = uniqueSlug("self-check");
        publishAndAwait(roadmap(UUID.randomUUID(), slug, "Self-check", 1,
                new RoadmapPublished.Topic(quizzed, "http", "HTTP", "BASIC", 1, 2, List.of(), List.of(), List.of(
                        new RoadmapPublished.QuestionKey("status-codes", 3, "b"),
                        new RoadmapPublished.QuestionKey("idempotency", 2, "a"),
                        new RoadmapPublished.QuestionKey("caching", 4, "c"))),
                topic(UUID.randomUUID(), "plain", "BASIC", 2)));
    }

    @Test
    void a_passed_self_check_marks_the_topic_done_when_asked_and_is_logged() {
        double passedBefore = attemptsCounted("passed");
        TestResponse answer = attempt(ada, "http", ALL_RIGHT, true);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        JsonNode attempt = answer.json();
        assertThat(attempt.path("correct").asInt()).isEqualTo(3);
        assertThat(attempt.path("total").asInt()).isEqualTo(3);
        assertThat(attempt.path("score").asDouble()).isEqualTo(100.0);
        assertThat(attempt.path("passed").asBoolean()).isTrue();
        assertThat(attempt.path("status").asString()).isEqualTo("DONE");
        assertThat(attempt.path("results").valueStream().map(result -> result.path("questionId").asString()))
                .containsExactly("status-codes", "idempotency", "caching");
        assertThat(summary(ada, slug).json().path("done").asInt()).isEqualTo(1);
        assertThat(statusChangesPublishedFor(ada)).isEqualTo(1);
        assertThat(http.get("/api/progress/activity", TOKENS.learner(ada)).json().path("items").valueStream()
                .map(item -> item.path("kind").asString()))
                .containsExactlyInAnyOrder("SELF_CHECK_ATTEMPTED", "TOPIC_STATUS_CHANGED");
        assertThat(attemptsCounted("passed")).isEqualTo(passedBefore + 1);
    }

    private double attemptsCounted(String outcome) {
        return meters.get("learnpath.progress.self_check_attempts").tag("outcome", outcome).counter().count();
    }

    @Test
    void a_failed_self_check_is_recorded_but_marks_nothing() {
        double failedBefore = attemptsCounted("failed");
        TestResponse answer = attempt(ada, "http", ONE_RIGHT, true);

        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.json().path("passed").asBoolean()).isFalse();
        assertThat(answer.json().path("score").asDouble()).isEqualTo(33.3);
        assertThat(answer.json().path("status").asString()).isEqualTo("NOT_STARTED");
        assertThat(answer.json().path("results").get(1).path("correctChoice").asString()).isEqualTo("a");
        assertThat(summary(ada, slug).json().path("done").asInt()).isZero();
        assertThat(attemptsCounted("failed")).isEqualTo(failedBefore + 1);
    }

    @Test
    void the_topics_result_keeps_attempts_best_score_and_the_last_attempt() {
        assertThat(attempt(ada, "http", ALL_RIGHT, false).json().path("status").asString())
                .isEqualTo("NOT_STARTED");
        assertThat(attempt(ada, "http", ONE_RIGHT, false).status()).isEqualTo(201);

        JsonNode result = http.get(selfCheck("http"), TOKENS.learner(ada)).json();
        assertThat(result.path("attempts").asInt()).isEqualTo(2);
        assertThat(result.path("bestScore").asDouble()).isEqualTo(100.0);
        assertThat(result.path("passed").asBoolean()).isTrue();
        assertThat(result.path("lastAttempt").path("score").asDouble()).isEqualTo(33.3);
        assertThat(result.path("lastAttempt").path("results").get(1).path("choice").asString()).isEqualTo("b");

        JsonNode list = http.get("/api/progress/self-checks", TOKENS.learner(ada)).json();
        assertThat(list.path("totalItems").asInt()).isEqualTo(1);
        JsonNode item = list.path("items").get(0);
        assertThat(item.path("topicSlug").asString()).isEqualTo("http");
        assertThat(item.path("attempts").asInt()).isEqualTo(2);
        assertThat(item.path("lastScore").asDouble()).isEqualTo(33.3);
        assertThat(item.path("bestScore").asDouble()).isEqualTo(100.0);
    }

    @Test
    void bad_answers_are_problems_naming_each_question() {
        TestResponse partial = attempt(ada, "http", Map.of("status-codes", "b", "caching", "z", "nonsense", "a"),
                false);
        TestResponse noAnswers = http.request(selfCheck("http")).token(TOKENS.learner(ada))
                .json(Map.of("markDoneIfPassed", true)).post();

        assertThat(partial.status()).isEqualTo(400);
        assertThat(partial.contentType()).startsWith("application/problem+json");
        assertThat(partial.json().path("errors").valueStream().map(error -> error.path("field").asString()))
                .containsExactlyInAnyOrder("answers.idempotency", "answers.caching", "answers.nonsense");
        assertThat(noAnswers.status()).isEqualTo(400);
        assertThat(noAnswers.body()).contains("answers");
        assertThat(attempt(ada, "plain", Map.of(), false).status()).isEqualTo(409);
        assertThat(attempt(ada, "missing", ALL_RIGHT, false).status()).isEqualTo(404);
        assertThat(http.get(selfCheck("http"), TOKENS.learner(ada)).status()).as("nothing recorded").isEqualTo(404);
    }

    @Test
    void nobody_else_sees_a_learners_results() {
        assertThat(attempt(ada, "http", ALL_RIGHT, false).status()).isEqualTo(201);
        UUID bob = UUID.randomUUID();

        assertThat(http.get(selfCheck("http"), TOKENS.learner(bob)).status()).isEqualTo(404);
        assertThat(http.get("/api/progress/self-checks", TOKENS.learner(bob)).json().path("totalItems").asInt())
                .isZero();
        assertThat(http.get("/api/progress/export", TOKENS.learner(bob)).json().path("sections")
                .path("selfChecks").isEmpty()).isTrue();
    }

    @Test
    void the_export_holds_every_attempt_and_erasure_deletes_them() {
        assertThat(attempt(ada, "http", ONE_RIGHT, false).status()).isEqualTo(201);
        assertThat(attempt(ada, "http", ALL_RIGHT, false).status()).isEqualTo(201);

        JsonNode rows = http.get("/api/progress/export", TOKENS.learner(ada)).json().path("sections")
                .path("selfChecks");
        assertThat(rows.valueStream().map(row -> row.path("correct").asInt())).containsExactly(1, 3);
        assertThat(rows.get(0).path("results").asString()).contains("status-codes");
        assertThat(http.get("/api/progress/export?format=csv", TOKENS.learner(ada)).body())
                .contains("selfChecks,");

        ContractExample.of(UserDeleted.class).with("/eventId", UUID.randomUUID()).with("/userId", ada)
                .publish(AuthEvents.TOPIC);
        await().atMost(PATIENCE).until(() -> jdbc.sql(
                        "SELECT count(*) FROM self_check_attempt WHERE learner_id = :learner")
                .param("learner", ada).query(Integer.class).single() == 0);
        assertThat(attempt(ada, "http", ALL_RIGHT, false).status()).as("an erased learner").isEqualTo(403);
    }

    private String selfCheck(String topicSlug) {
        return "/api/progress/roadmaps/" + slug + "/topics/" + topicSlug + "/self-check";
    }

    private TestResponse attempt(UUID learner, String topicSlug, Map<String, String> answers, boolean markDone) {
        return http.request(selfCheck(topicSlug)).token(TOKENS.learner(learner))
                .json(Map.of("answers", answers, "markDoneIfPassed", markDone)).post();
    }

    private long statusChangesPublishedFor(UUID learner) {
        await().atMost(PATIENCE).until(() -> jdbc.sql(
                        "SELECT count(*) FROM event_publication WHERE serialized_event LIKE :learner")
                .param("learner", "%" + learner + "%").query(Integer.class).single() == 0);
        return readAll(ProgressEvents.TOPIC, record -> learner.toString().equals(record.key())
                && "learnpath.progress.topic-status-changed.v1".equals(header(record, CloudEventHeaders.TYPE)))
                .size();
    }
}
