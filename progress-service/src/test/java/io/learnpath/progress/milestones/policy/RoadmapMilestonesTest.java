package io.learnpath.progress.milestones.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.progress.milestones.policy.RoadmapMilestones.TopicState;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoadmapMilestonesTest {

    @Test
    void percents_are_compared_in_whole_numbers_so_a_third_is_not_fifty() {
        List<TopicState> oneOfThree = List.of(new TopicState("BASIC", true), new TopicState("BASIC", false),
                new TopicState("BASIC", false));
        List<TopicState> oneOfFour = List.of(new TopicState("BASIC", true), new TopicState("BASIC", false),
                new TopicState("BASIC", false), new TopicState("BASIC", false));

        assertThat(RoadmapMilestones.reached(oneOfThree).percents()).containsExactly(25);
        assertThat(RoadmapMilestones.reached(oneOfFour).percents()).containsExactly(25);
    }

    @Test
    void a_level_is_completed_when_every_one_of_its_topics_is_finished() {
        List<TopicState> topics = List.of(new TopicState("BASIC", true), new TopicState("BASIC", true),
                new TopicState("ADVANCED", true), new TopicState("ADVANCED", false));

        RoadmapMilestones.Reached reached = RoadmapMilestones.reached(topics);

        assertThat(reached.levels()).containsExactly("BASIC");
        assertThat(reached.percents()).containsExactly(25, 50, 75);
    }

    @Test
    void everything_finished_reaches_every_percent_and_level() {
        List<TopicState> topics = List.of(new TopicState("BASIC", true), new TopicState("INTERMEDIATE", true));

        RoadmapMilestones.Reached reached = RoadmapMilestones.reached(topics);

        assertThat(reached.percents()).containsExactly(25, 50, 75, 100);
        assertThat(reached.levels()).containsExactly("BASIC", "INTERMEDIATE");
    }

    @Test
    void an_empty_roadmap_reaches_nothing() {
        assertThat(RoadmapMilestones.reached(List.of()))
                .isEqualTo(new RoadmapMilestones.Reached(List.of(), List.of()));
    }
}
