package io.learnpath.progress.milestones.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreakMilestonesTest {

    @Test
    void a_run_reaches_every_streak_milestone_up_to_its_length() {
        assertThat(StreakMilestones.reached(6)).isEmpty();
        assertThat(StreakMilestones.reached(7)).containsExactly(7);
        assertThat(StreakMilestones.reached(45)).containsExactly(7, 30);
        assertThat(StreakMilestones.reached(100)).containsExactly(7, 30, 100);
    }
}
