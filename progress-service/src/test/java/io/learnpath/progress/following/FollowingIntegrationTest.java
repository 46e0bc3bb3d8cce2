package io.learnpath.progress.following;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.auth.events.AuthEvents;
import io.learnpath.auth.events.UserDeleted;
import io.learnpath.platform.test.contract.ContractExample;
import io.learnpath.platform.test.http.TestResponse;
import io.learnpath.progress.ProgressIntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Following and unfollowing roadmaps, explicitly or by starting a topic; only ever the caller's own list. */
class FollowingIntegrationTest extends ProgressIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    private final UUID ada = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();
    private String slug;

    @BeforeEach
    void publishRoadmap() {
        slug = uniqueSlug("follow");
        publishAndAwait(roadmap(UUID.randomUUID(), slug, "Follow", 1, topic(UUID.randomUUID(), "first", "BASIC", 1),
                topic(UUID.randomUUID(), "second", "BASIC", 2)));
    }

    @Test
    void followingListsTheRoadmapInTheOverviewAndFollowingAgainKeepsTheFirstTime() {
        TestResponse followed = follow(ada);

        assertThat(followed.status()).as(followed.toString()).isEqualTo(200);
        assertThat(followed.json().get("roadmapSlug").asString()).isEqualTo(slug);
        assertThat(followed.json().get("roadmapTitle").asString()).isEqualTo("Follow");
        Instant since = Instant.parse(followed.json().get("followedAt").asString());
        assertThat(follow(ada).json().get("followedAt").asString()).isEqualTo(since.toString());
        assertThat(followedSlugs(ada)).containsExactly(slug);
        assertThat(followedSlugs(bob)).as("another learner's list").isEmpty();
    }

    @Test
    void unfollowingTakesTheRoadmapOffTheOverviewAndKeepsTheStatuses() {
        assertThat(setStatus(ada, slug, "first", "DONE").status()).isEqualTo(200);

        assertThat(unfollow(ada).status()).isEqualTo(204);
        assertThat(unfollow(ada).status()).as("idempotent").isEqualTo(204);

        assertThat(followedSlugs(ada)).isEmpty();
        assertThat(summary(ada, slug).json().get("done").asInt()).isEqualTo(1);
    }

    @Test
    void startingATopicFollowsItsRoadmapButSettingItBackToNotStartedDoesNot() {
        assertThat(setStatus(ada, slug, "first", "NOT_STARTED").status()).isEqualTo(200);
        assertThat(followedSlugs(ada)).as("NOT_STARTED is no sign of interest").isEmpty();

        assertThat(setStatus(ada, slug, "first", "IN_PROGRESS").status()).isEqualTo(200);
        assertThat(followedSlugs(ada)).containsExactly(slug);

        assertThat(unfollow(ada).status()).isEqualTo(204);
        assertThat(setStatus(ada, slug, "first", "NOT_STARTED").status()).isEqualTo(200);
        assertThat(followedSlugs(ada)).as("an undo after unfollowing follows nothing").isEmpty();
        assertThat(setStatus(ada, slug, "second", "DONE").status()).isEqualTo(200);
        assertThat(followedSlugs(ada)).as("progress follows it again").containsExactly(slug);
    }

    @Test
    void oneLearnerCanNeitherFollowNorUnfollowForAnother() {
        assertThat(follow(ada).status()).isEqualTo(200);

        // Naming a learner in the request changes nothing: only the token counts.
        assertThat(http.request("/api/progress/roadmaps/" + slug + "/follow?learnerId=" + ada)
                .token(TOKENS.learner(bob)).delete().status()).isEqualTo(204);

        assertThat(followedSlugs(ada)).containsExactly(slug);
        assertThat(followedSlugs(bob)).isEmpty();
    }

    @Test
    void refusesUnknownRoadmapsMalformedSlugsAndCallersWithoutAToken() {
        TestResponse unknown = http.request("/api/progress/roadmaps/no-such-roadmap/follow")
                .token(TOKENS.learner(ada)).put();
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(http.request("/api/progress/roadmaps/no-such-roadmap/follow").token(TOKENS.learner(ada))
                .delete().status()).isEqualTo(404);
        TestResponse malformed = http.request("/api/progress/roadmaps/Not_A_Slug/follow").token(TOKENS.learner(ada))
                .put();
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(http.request("/api/progress/roadmaps/" + slug + "/follow").put().status()).isEqualTo(401);
        assertThat(http.request("/api/progress/roadmaps/" + slug + "/follow").delete().status()).isEqualTo(401);
    }

    @Test
    void anErasedLearnersFollowsAreDeletedAndTheirTokenCannotFollowAgain() {
        assertThat(follow(ada).status()).isEqualTo(200);
        assertThat(follow(bob).status()).isEqualTo(200);

        ContractExample.of(UserDeleted.class).with("/eventId", UUID.randomUUID()).with("/userId", ada)
                .publish(AuthEvents.TOPIC);

        await().atMost(PATIENCE).until(() -> followsOf(ada) == 0);
        assertThat(follow(ada).status()).isEqualTo(403);
        assertThat(followsOf(ada)).isZero();
        assertThat(followsOf(bob)).isEqualTo(1);
    }

    private TestResponse follow(UUID learner) {
        return http.request("/api/progress/roadmaps/" + slug + "/follow").token(TOKENS.learner(learner)).put();
    }

    private TestResponse unfollow(UUID learner) {
        return http.request("/api/progress/roadmaps/" + slug + "/follow").token(TOKENS.learner(learner)).delete();
    }

    private List<String> followedSlugs(UUID learner) {
        TestResponse overview = http.get("/api/progress/roadmaps", TOKENS.learner(learner));
        assertThat(overview.status()).as(overview.toString()).isEqualTo(200);
        return overview.json().get("items").valueStream().map(item -> item.get("roadmapSlug").asString()).toList();
    }

    private int followsOf(UUID learner) {
        return jdbc.sql("SELECT count(*) FROM followed_roadmap WHERE learner_id = :learner")
                .param("learner", learner).query(Integer.class).single();
    }
}
