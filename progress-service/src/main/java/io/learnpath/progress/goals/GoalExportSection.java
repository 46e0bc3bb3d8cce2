package io.learnpath.progress.goals;

import io.learnpath.progress.export.LearnerDataSection;
import java.util.List;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The learner's roadmap goals in the export. */
@Component
@Order(40)
class GoalExportSection implements LearnerDataSection<RoadmapGoal> {

    private final RoadmapGoals goals;

    GoalExportSection(RoadmapGoals goals) {
        this.goals = goals;
    }

    @Override
    public String name() {
        return "goals";
    }

    @Override
    public Class<RoadmapGoal> rowType() {
        return RoadmapGoal.class;
    }

    @Override
    public List<RoadmapGoal> rowsOf(UUID learnerId) {
        return goals.allOf(learnerId);
    }
}
