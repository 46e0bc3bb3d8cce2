package io.learnpath.progress.milestones;

import io.learnpath.progress.export.LearnerDataSection;
import java.util.List;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The learner's milestones in the export, in the order reached. */
@Component
@Order(60)
class MilestoneExportSection implements LearnerDataSection<Milestone> {

    private final Milestones milestones;

    MilestoneExportSection(Milestones milestones) {
        this.milestones = milestones;
    }

    @Override
    public String name() {
        return "milestones";
    }

    @Override
    public Class<Milestone> rowType() {
        return Milestone.class;
    }

    @Override
    public List<Milestone> rowsOf(UUID learnerId) {
        return milestones.allOf(learnerId);
    }
}
