package io.learnpath.progress.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.platform.test.http.TestResponse;
import io.learnpath.progress.ProgressIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The overview across the roadmaps a learner follows: each one's counts and percent, for the caller only. */
class ProgressOverviewIntegrationTest extends ProgressIntegrationTest {

    private final UUID ada = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();
    private final UUID git = UUID.randomUUID();
    private final UUID sqlId = UUID.randomUUID();
    private final UUID backendId = UUID.randomUUID();
    private String backend;
    private String devops;

    @BeforeEach
    void publishRoadmaps() {
        backend = uniqueSlug("backend");
        devops = uniqueSlug("devops");
        publishAndAwait(roadmap(backendId, backend, "Backend", 1, topic(sqlId, "sql", "BASIC", 0),
                topic(git, "git", "BASIC", 1), topic(UUID.randomUUID(), "http", "INTERMEDIATE", 2)));
        publishAndAwait(roadmap(UUID.randomUUID(), devops, "DevOps", 1, topic(git, "git", "BASIC", 0),
                topic(UUID.randomUUID(), "linux", "BASIC", 1), topic(UUID.randomUUID(), "docker", "BASIC", 2),
                topic(UUID.randomUUID(), "k8s", "ADVANCED", 3), topic(UUID.randomUUID(), "terraform", "ADVANCED", 4),
                topic(UUID.randomUUID(), "ansible", "ADVANCED", 5)));
    }

    @Test
    void listsEachFollowedRoadmapMostRecentFirstWithASharedTopicCountingInBoth() {
        assertThat(setStatus(ada, backend, "sql", "DONE").status()).isEqualTo(200);
        assertThat(setStatus(ada, devops, "git", "SKIPPED").status()).isEqualTo(200);

        JsonNode overview = overview(ada, "");

        assertThat(overview.get("totalItems").asInt()).isEqualTo(2);
        JsonNode first = overview.get("items").get(0);
        JsonNode second = overview.get("items").get(1);
        assertThat(first.get("roadmapSlug").asString()).as("followed last, by skipping git").isEqualTo(devops);
        assertThat(first.get("total").asInt()).isEqualTo(6);
        assertThat(first.get("skipped").asInt()).isEqualTo(1);
        assertThat(first.get("notStarted").asInt()).isEqualTo(5);
        assertThat(first.get("percent").asDouble()).as("1 of 6").isEqualTo(16.7);
        assertThat(first.has("topics")).as("the overview leaves the topic lists to each summary").isFalse();
        assertThat(second.get("roadmapSlug").asString()).isEqualTo(backend);
        assertThat(second.get("done").asInt()).isEqualTo(1);
        assertThat(second.get("skipped").asInt()).as("git is shared: skipped in both").isEqualTo(1);
        assertThat(second.get("percent").asDouble()).as("2 of 3").isEqualTo(66.7);
        JsonNode basic = second.get("levels").get(0);
        assertThat(basic.get("level").asString()).isEqualTo("BASIC");
        assertThat(basic.get("percent").asDouble()).isEqualTo(100.0);
        assertThat(second.get("levels").get(1).get("percent").asDouble()).isZero();
        assertThat(second.get("levels").get(2).get("total").asInt()).as("no ADVANCED topic: 0 of 0").isZero();
        assertThat(second.get("levels").get(2).get("percent").asDouble()).isZero();
    }

    @Test
    void percentReachesExactlyAHundredWhenEveryTopicIsDoneOrSkipped() {
        assertThat(bulk(ada, backend, "sql", "DONE", "git", "SKIPPED", "http", "DONE").status()).isEqualTo(200);

        JsonNode backendOverview = overview(ada, "").get("items").get(0);
        assertThat(backendOverview.get("percent").asDouble()).isEqualTo(100.0);
        assertThat(backendOverview.get("done").asInt()).isEqualTo(2);
    }

    @Test
    void pagesAreStableAndBoundedAndBadPagesAreProblemsNamingTheField() {
        assertThat(http.request("/api/progress/roadmaps/" + backend + "/follow").token(TOKENS.learner(ada)).put()
                .status()).isEqualTo(200);
        assertThat(http.request("/api/progress/roadmaps/" + devops + "/follow").token(TOKENS.learner(ada)).put()
                .status()).isEqualTo(200);

        JsonNode firstPage = overview(ada, "?size=1");
        JsonNode secondPage = overview(ada, "?size=1&page=1");

        assertThat(firstPage.get("totalPages").asInt()).isEqualTo(2);
        assertThat(firstPage.get("items").get(0).get("roadmapSlug").asString()).isEqualTo(devops);
        assertThat(secondPage.get("items").get(0).get("roadmapSlug").asString()).isEqualTo(backend);
        for (String bad : new String[] {"?size=0", "?size=101", "?page=-1", "?size=many"}) {
            TestResponse refused = http.get("/api/progress/roadmaps" + bad, TOKENS.learner(ada));
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body()).as(bad).contains(bad.contains("page") ? "page" : "size");
        }
    }

    @Test
    void anotherLearnersOverviewShowsNoneOfTheirRoadmapsOrProgress() {
        assertThat(setStatus(ada, backend, "sql", "DONE").status()).isEqualTo(200);

        assertThat(overview(bob, "").get("items").isEmpty()).isTrue();
        assertThat(overview(bob, "?learnerId=" + ada).get("items").isEmpty()).as("only the token counts").isTrue();
        assertThat(http.request("/api/progress/roadmaps/" + backend + "/follow").token(TOKENS.learner(bob)).put()
                .status()).isEqualTo(200);
        assertThat(overview(bob, "").get("items").get(0).get("done").asInt()).isZero();
        assertThat(http.get("/api/progress/roadmaps", null).status()).isEqualTo(401);
    }

    @Test
    void followsARepublishedRoadmapsNewTopicsWhileRemovedTopicsLeaveThePercentAndMovedOnesKeepTheirStatus() {
        assertThat(bulk(ada, backend, "sql", "DONE", "git", "DONE", "http", "DONE").status()).isEqualTo(200);
        assertThat(overview(ada, "").get("items").get(0).get("percent").asDouble()).isEqualTo(100.0);

        // Version 2: sql renamed and moved up a level, http removed, two new topics.
        publishAndAwait(roadmap(backendId, backend, "Backend v2", 2, topic(sqlId, "databases", "INTERMEDIATE", 0),
                topic(git, "git", "BASIC", 1), topic(UUID.randomUUID(), "grpc", "ADVANCED", 2),
                topic(UUID.randomUUID(), "queues", "ADVANCED", 3)));

        JsonNode overview = overview(ada, "").get("items").get(0);
        assertThat(overview.get("roadmapTitle").asString()).isEqualTo("Backend v2");
        assertThat(overview.get("total").asInt()).isEqualTo(4);
        assertThat(overview.get("done").asInt()).as("databases (was sql) and git").isEqualTo(2);
        assertThat(overview.get("percent").asDouble()).isEqualTo(50.0);
        assertThat(overview.get("levels").get(1).get("level").asString()).isEqualTo("INTERMEDIATE");
        assertThat(overview.get("levels").get(1).get("done").asInt()).as("sql moved with its status").isEqualTo(1);
        assertThat(overview.get("levels").get(2).get("percent").asDouble()).isZero();
        assertThat(setStatus(ada, backend, "http", "SKIPPED").status()).as("removed").isEqualTo(404);
    }

    private JsonNode overview(UUID learner, String query) {
        TestResponse overview = http.get("/api/progress/roadmaps" + query, TOKENS.learner(learner));
        assertThat(overview.status()).as(overview.toString()).isEqualTo(200);
        return overview.json();
    }

    private TestResponse bulk(UUID learner, String roadmapSlug, String... slugsAndStatuses) {
        List<Map<String, String>> items = new ArrayList<>();
        for (int i = 0; i < slugsAndStatuses.length; i += 2) {
            items.add(Map.of("topicSlug", slugsAndStatuses[i], "status", slugsAndStatuses[i + 1]));
        }
        return http.request("/api/progress/roadmaps/" + roadmapSlug + "/topics").token(TOKENS.learner(learner))
                .json(Map.of("topics", items)).put();
    }
}
