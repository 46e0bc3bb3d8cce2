package io.learnpath.progress.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.platform.test.http.TestResponse;
import io.learnpath.progress.ProgressIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** "What next" follows prerequisites, across roadmaps too; "resume" is the last topic touched. */
class GuidanceIntegrationTest extends ProgressIntegrationTest {

    private final UUID internet = UUID.randomUUID();
    private final UUID http1 = UUID.randomUUID();
    private final UUID dns = UUID.randomUUID();
    private final UUID caching = UUID.randomUUID();
    private String web;
    private String basics;

    @BeforeEach
    void publishRoadmaps() {
        basics = uniqueSlug("basics");
        web = uniqueSlug("web");
        publishAndAwait(roadmap(UUID.randomUUID(), basics, "Basics", 1, topic(internet, "internet-" + web, "BASIC", 0)));
        // caching needs http and dns; http and dns need "internet", which only the other roadmap lists.
        publishAndAwait(roadmap(UUID.randomUUID(), web, "Web", 1,
                topic(caching, "caching-" + web, "INTERMEDIATE", 0, 2, List.of(http1, dns), List.of()),
                topic(http1, "http-" + web, "BASIC", 1, 3, List.of(internet), List.of()),
                topic(dns, "dns-" + web, "BASIC", 2, 1, List.of(internet), List.of())));
    }

    @Test
    void nextAreTheUnfinishedTopicsWhosePrerequisitesAreDoneOrSkippedEasiestLevelFirst() {
        UUID ada = UUID.randomUUID();
        assertThat(slugs(next(ada, web, 5))).as("internet not done yet").isEmpty();

        setStatus(ada, basics, "internet-" + web, "DONE");
        assertThat(slugs(next(ada, web, 5))).containsExactly("http-" + web, "dns-" + web);

        setStatus(ada, web, "http-" + web, "IN_PROGRESS");
        setStatus(ada, web, "dns-" + web, "SKIPPED");
        JsonNode inProgress = next(ada, web, 5);
        assertThat(slugs(inProgress)).containsExactly("http-" + web);
        assertThat(inProgress.get(0).get("status").asString()).isEqualTo("IN_PROGRESS");

        setStatus(ada, web, "http-" + web, "DONE");
        assertThat(slugs(next(ada, web, 5))).containsExactly("caching-" + web);
        assertThat(slugs(next(UUID.randomUUID(), web, 5))).as("another learner starts from scratch").isEmpty();
        assertThat(slugs(next(ada, web, 1))).hasSize(1);
    }

    @Test
    void resumeIsTheLastTopicTouchedAndNothingBeforeAnything() {
        UUID ada = UUID.randomUUID();
        assertThat(http.get("/api/progress/resume", TOKENS.learner(ada)).status()).isEqualTo(404);

        setStatus(ada, basics, "internet-" + web, "DONE");
        setStatus(ada, web, "dns-" + web, "IN_PROGRESS");

        TestResponse resume = http.get("/api/progress/resume", TOKENS.learner(ada));
        assertThat(resume.status()).isEqualTo(200);
        assertThat(resume.json().get("topicSlug").asString()).isEqualTo("dns-" + web);
        assertThat(resume.json().get("roadmapSlug").asString()).isEqualTo(web);
        assertThat(resume.json().get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(http.get("/api/progress/resume", TOKENS.learner(UUID.randomUUID())).status()).isEqualTo(404);
    }

    @Test
    void afterABulkUpdateResumeIsTheTopicInProgress() {
        UUID ada = UUID.randomUUID();

        assertThat(http.request("/api/progress/roadmaps/" + web + "/topics").token(TOKENS.learner(ada))
                .json(Map.of("topics", List.of(
                        Map.of("topicSlug", "http-" + web, "status", "IN_PROGRESS"),
                        Map.of("topicSlug", "dns-" + web, "status", "DONE")))).put().status())
                .isEqualTo(200);

        assertThat(http.get("/api/progress/resume", TOKENS.learner(ada)).json().get("topicSlug").asString())
                .isEqualTo("http-" + web);
    }

    @Test
    void refusesBadLimitsUnknownRoadmapsAndCallersWithoutAToken() {
        UUID ada = UUID.randomUUID();
        for (String limit : new String[] {"0", "51", "many"}) {
            TestResponse refused = http.get("/api/progress/roadmaps/" + web + "/next?limit=" + limit,
                    TOKENS.learner(ada));
            assertThat(refused.status()).as(limit).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(http.get("/api/progress/roadmaps/no-such-roadmap/next", TOKENS.learner(ada)).status())
                .isEqualTo(404);
        assertThat(http.get("/api/progress/roadmaps/" + web + "/next", null).status()).isEqualTo(401);
        assertThat(http.get("/api/progress/resume", null).status()).isEqualTo(401);
    }

    private JsonNode next(UUID learner, String roadmap, int limit) {
        TestResponse answer = http.get("/api/progress/roadmaps/" + roadmap + "/next?limit=" + limit,
                TOKENS.learner(learner));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private static List<String> slugs(JsonNode topics) {
        return topics.valueStream().map(topic -> topic.get("topicSlug").asString()).toList();
    }
}
