package io.learnpath.progress.activity;

import io.learnpath.progress.export.LearnerDataSection;
import java.util.List;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The learner's whole activity log in the export, oldest first. */
@Component
@Order(50)
class ActivityExportSection implements LearnerDataSection<LearnerActivity> {

    private final ActivityLog log;

    ActivityExportSection(ActivityLog log) {
        this.log = log;
    }

    @Override
    public String name() {
        return "activity";
    }

    @Override
    public Class<LearnerActivity> rowType() {
        return LearnerActivity.class;
    }

    @Override
    public List<LearnerActivity> rowsOf(UUID learnerId) {
        return log.allOf(learnerId);
    }
}
