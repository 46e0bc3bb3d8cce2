package io.learnpath.progress.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.content.events.RoadmapPublished;
import io.learnpath.platform.test.http.TestResponse;
import io.learnpath.progress.ProgressIntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The learner is the token's subject: nothing in a request can reach another learner's progress. Alice has data
 * behind every endpoint; Bob tries every endpoint and sees and changes only his own.
 */
class LearnerIsolationIntegrationTest extends ProgressIntegrationTest {

    private final UUID alice = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();
    private String slug;
    private String topics;

    @BeforeEach
    void aliceHasDataBehindEveryEndpoint() {
        slug = uniqueSlug("isolation");
        topics = "/api/progress/roadmaps/" + slug + "/topics";
        publishAndAwait(roadmap(UUID.randomUUID(), slug, "Isolation", 1,
                new RoadmapPublished.Topic(UUID.randomUUID(), "first", "Title of first", "BASIC", 1, 1, List.of(),
                        List.of(), List.of(new RoadmapPublished.QuestionKey("q1", 2, "a"))),
                topic(UUID.randomUUID(), "second", "BASIC", 2)));
        assertThat(setStatus(alice, slug, "first", "DONE").status()).isEqualTo(200);
        assertThat(selfCheck(alice, "b").status()).isEqualTo(201);
        assertThat(put(TOKENS.learner(alice), "/api/progress/roadmaps/" + slug + "/goal",
                "{\"targetDate\":\"" + LocalDate.now().plusMonths(3) + "\"}").status()).isEqualTo(200);
        assertThat(setStatus(alice, slug, "second", "IN_PROGRESS").status()).isEqualTo(200);
        assertThat(put(TOKENS.learner(alice), topics + "/first/note", "{\"body\":\"Alice's secret note\"}")
                .status()).isEqualTo(200);
    }

    @Test
    void learners_see_and_change_only_their_own_statuses() {
        JsonNode bobs = summary(bob, slug).json();
        assertThat(bobs.path("done").asInt()).isZero();
        assertThat(bobs.path("inProgress").asInt()).isZero();
        assertThat(bobs.path("notStarted").asInt()).isEqualTo(2);
        assertThat(bobs.path("topics").valueStream().map(topic -> topic.path("status").asString()))
                .containsOnly("NOT_STARTED");

        // Naming a learner in the request changes nothing: only the token counts.
        TestResponse bobsUpdate = put(TOKENS.learner(bob), topics + "/first?learnerId=" + alice,
                "{\"status\":\"SKIPPED\",\"learnerId\":\"" + alice + "\"}");
        assertThat(bobsUpdate.status()).isEqualTo(200);
        assertThat(bobsUpdate.json().path("previousStatus").asString()).isEqualTo("NOT_STARTED");

        JsonNode alices = summary(alice, slug).json();
        assertThat(alices.path("done").asInt()).isEqualTo(1);
        assertThat(alices.path("skipped").asInt()).isZero();
        assertThat(alices.path("percent").asDouble()).isEqualTo(50.0);
        assertThat(summary(bob, slug).json().path("skipped").asInt()).isEqualTo(1);
    }

    @Test
    void every_read_answers_the_caller_about_themselves_only() {
        String token = TOKENS.learner(bob);

        assertThat(read(token, "/api/progress/roadmaps/" + slug).path("done").asInt()).isZero();
        assertThat(read(token, "/api/progress/roadmaps").path("totalItems").asInt()).isZero();
        assertThat(read(token, "/api/progress/roadmaps/" + slug + "/next").valueStream()
                .map(next -> next.path("topicSlug").asString())).containsExactly("first", "second");
        assertThat(http.get("/api/progress/resume", token).status()).isEqualTo(404);
        assertThat(http.get(topics + "/first/note", token).status()).isEqualTo(404);
        assertThat(read(token, "/api/progress/notes").path("totalItems").asInt()).isZero();
        assertThat(read(token, "/api/progress/notes?q=secret").path("totalItems").asInt()).isZero();
        assertThat(read(token, "/api/progress/activity").path("totalItems").asInt()).isZero();
        assertThat(read(token, "/api/progress/activity/calendar").path("total").asInt()).isZero();
        assertThat(read(token, "/api/progress/streak").path("longest").asInt()).isZero();
        assertThat(read(token, "/api/progress/milestones").path("totalItems").asInt()).isZero();
        assertThat(read(token, "/api/progress/self-checks").path("totalItems").asInt()).isZero();
        assertThat(http.get(topics + "/first/self-check", token).status()).isEqualTo(404);
        assertThat(http.get("/api/progress/roadmaps/" + slug + "/goal", token).status()).isEqualTo(404);
        assertThat(read(token, "/api/progress/roadmaps/" + slug).path("goal").isNull()).isTrue();
        JsonNode export = read(token, "/api/progress/export");
        assertThat(export.path("learnerId").asString()).isEqualTo(bob.toString());
        assertThat(export.path("sections").valueStream()).allSatisfy(section -> assertThat(section.isEmpty())
                .isTrue());
        assertThat(http.get("/api/progress/export?format=csv", token).body()).doesNotContain("secret")
                .doesNotContain(alice.toString());
    }

    @Test
    void every_write_changes_the_callers_own_data_and_leaves_the_others_alone() {
        String token = TOKENS.learner(bob);
        Map<String, Object> before = aliceState();

        assertThat(http.request(topics + "/first/note").token(token).delete().status()).isEqualTo(204);
        assertThat(put(token, topics + "/first/note", "{\"body\":\"Bob's own\"}").status()).isEqualTo(200);
        assertThat(put(token, topics, "{\"topics\":[{\"topicSlug\":\"first\",\"status\":\"NOT_STARTED\"},"
                + "{\"topicSlug\":\"second\",\"status\":\"SKIPPED\"}]}").status()).isEqualTo(200);
        assertThat(http.request("/api/progress/roadmaps/" + slug + "/follow").token(token).delete().status())
                .isEqualTo(204);
        assertThat(http.request("/api/progress/roadmaps/" + slug + "/reset").token(token).post().status())
                .isEqualTo(200);
        assertThat(put(token, "/api/progress/roadmaps/" + slug + "/follow", null).status()).isEqualTo(200);
        assertThat(selfCheck(bob, "a").status()).isEqualTo(201);
        assertThat(http.request("/api/progress/roadmaps/" + slug + "/goal").token(token).delete().status())
                .isEqualTo(204);
        assertThat(put(token, "/api/progress/roadmaps/" + slug + "/goal",
                "{\"targetDate\":\"" + LocalDate.now().plusMonths(1) + "\"}").status()).isEqualTo(200);

        assertThat(aliceState()).isEqualTo(before);
        assertThat(read(token, topics + "/first/note").path("body").asString()).isEqualTo("Bob's own");
    }

    /** Everything of Alice's that a write of Bob's could reach. */
    private Map<String, Object> aliceState() {
        String token = TOKENS.learner(alice);
        JsonNode summary = read(token, "/api/progress/roadmaps/" + slug);
        return Map.of(
                "statuses", summary.path("topics").valueStream()
                        .map(topic -> topic.path("topicSlug").asString() + "=" + topic.path("status").asString())
                        .toList(),
                "note", read(token, topics + "/first/note").path("body").asString(),
                "followed", read(token, "/api/progress/roadmaps").path("items").valueStream()
                        .map(item -> item.path("roadmapSlug").asString()).toList(),
                "activity", read(token, "/api/progress/activity").path("totalItems").asInt(),
                "selfCheck", read(token, topics + "/first/self-check").toString(),
                "goal", read(token, "/api/progress/roadmaps/" + slug + "/goal").toString(),
                "milestones", read(token, "/api/progress/milestones").path("items").valueStream()
                        .map(item -> item.path("milestone").asString()).toList(),
                "export", List.of(read(token, "/api/progress/export").path("sections").toString()
                        .replaceAll("\"exportedAt\":\"[^\"]*\"", "")));
    }

    private TestResponse selfCheck(UUID learner, String answer) {
        return http.request(topics + "/first/self-check").token(TOKENS.learner(learner))
                .json(Map.of("answers", Map.of("q1", answer))).post();
    }

    private JsonNode read(String token, String path) {
        TestResponse response = http.get(path, token);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
