package io.learnpath.progress.following;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.platform.test.contract.ContractExample;
import io.learnpath.progress.ProgressIntegrationTest;
import io.learnpath.progress.events.RoadmapFollowed;
import io.learnpath.progress.events.RoadmapUnfollowed;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Every real change of a learner's follows is published once, and repeats publish nothing. */
class FollowEventsIntegrationTest extends ProgressIntegrationTest {

    private static final String FOLLOWED = "learnpath.progress.roadmap-followed.v1";
    private static final String UNFOLLOWED = "learnpath.progress.roadmap-unfollowed.v1";

    @Autowired
    JdbcClient jdbc;

    private final UUID ada = UUID.randomUUID();
    private final UUID roadmapId = UUID.randomUUID();
    private String slug;

    @BeforeEach
    void publishRoadmap() {
        slug = uniqueSlug("follow-events");
        publishAndAwait(roadmap(roadmapId, slug, "Follow events", 1, topic(UUID.randomUUID(), "first", "BASIC", 1)));
    }

    private String path() {
        return "/api/progress/roadmaps/" + slug + "/follow";
    }

    @Test
    void followsAndUnfollowsArePublishedOnceEachWhateverTheRepeats() {
        assertThat(put(TOKENS.learner(ada), path(), "").status()).isEqualTo(200);
        assertThat(put(TOKENS.learner(ada), path(), "").status()).isEqualTo(200);
        assertThat(http.request(path()).token(TOKENS.learner(ada)).delete().status()).isEqualTo(204);
        assertThat(http.request(path()).token(TOKENS.learner(ada)).delete().status()).isEqualTo(204);
        // Starting a topic follows the roadmap again, and that is published too; a second start is no change.
        assertThat(setStatus(ada, slug, "first", "IN_PROGRESS").status()).isEqualTo(200);
        assertThat(setStatus(ada, slug, "first", "DONE").status()).isEqualTo(200);

        var followed = published(jdbc, ada, FOLLOWED);
        var unfollowed = published(jdbc, ada, UNFOLLOWED);
        assertThat(followed).hasSize(2);
        assertThat(unfollowed).hasSize(1);
        JsonNode first = json.readTree(followed.getFirst().value());
        assertThat(first.get("roadmapId").asString()).isEqualTo(roadmapId.toString());
        assertThat(first.get("roadmapSlug").asString()).isEqualTo(slug);
        assertThat(first.get("learnerId").asString()).isEqualTo(ada.toString());
        ContractExample.of(RoadmapFollowed.class).assertSameShape(followed.getFirst().value());
        ContractExample.of(RoadmapUnfollowed.class).assertSameShape(unfollowed.getFirst().value());
    }
}
