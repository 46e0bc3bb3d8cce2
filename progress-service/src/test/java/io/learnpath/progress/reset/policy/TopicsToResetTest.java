package io.learnpath.progress.reset.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TopicsToResetTest {

    private final UUID backend = UUID.randomUUID();
    private final UUID frontend = UUID.randomUUID();
    private final UUID devops = UUID.randomUUID();
    private final UUID git = UUID.randomUUID();
    private final UUID sql = UUID.randomUUID();

    @Test
    void resetsEveryTopicOnlyThisRoadmapLists() {
        TopicsToReset.Split split = TopicsToReset.split(List.of(sql, git), Map.of(sql, Set.of(backend),
                git, Set.of(backend)), Set.of(backend), backend);

        assertThat(split.reset()).containsExactly(sql, git);
        assertThat(split.kept()).isEmpty();
    }

    @Test
    void keepsATopicThatAnotherFollowedRoadmapListsNamingThoseRoadmaps() {
        TopicsToReset.Split split = TopicsToReset.split(List.of(sql, git),
                Map.of(sql, Set.of(backend), git, Set.of(backend, frontend, devops)),
                Set.of(backend, frontend, devops), backend);

        assertThat(split.reset()).containsExactly(sql);
        assertThat(split.kept()).containsOnlyKeys(git);
        assertThat(split.kept().get(git)).containsExactlyInAnyOrder(frontend, devops).doesNotContain(backend);
    }

    @Test
    void resetsATopicSharedOnlyWithRoadmapsTheLearnerDoesNotFollow() {
        TopicsToReset.Split split = TopicsToReset.split(List.of(git), Map.of(git, Set.of(backend, frontend)),
                Set.of(), backend);

        assertThat(split.reset()).containsExactly(git);
        assertThat(split.kept()).isEmpty();
    }

    @Test
    void resetsATopicNoRoadmapListsAnyMore() {
        assertThat(TopicsToReset.split(List.of(git), Map.of(), Set.of(frontend), backend).reset())
                .containsExactly(git);
    }

    @Test
    void hasNothingToDoForALearnerWhoStartedNothing() {
        TopicsToReset.Split split = TopicsToReset.split(List.of(), Map.of(), Set.of(backend), backend);

        assertThat(split.reset()).isEmpty();
        assertThat(split.kept()).isEmpty();
    }
}
