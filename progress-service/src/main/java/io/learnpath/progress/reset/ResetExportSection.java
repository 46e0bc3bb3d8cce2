package io.learnpath.progress.reset;

import io.learnpath.progress.export.LearnerDataSection;
import java.util.List;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The learner's roadmap resets in the export, oldest first. */
@Component
@Order(80)
class ResetExportSection implements LearnerDataSection<RecordedReset> {

    private final RoadmapResetStore store;

    ResetExportSection(RoadmapResetStore store) {
        this.store = store;
    }

    @Override
    public String name() {
        return "resets";
    }

    @Override
    public Class<RecordedReset> rowType() {
        return RecordedReset.class;
    }

    @Override
    public List<RecordedReset> rowsOf(UUID learnerId) {
        return store.allOf(learnerId);
    }
}
