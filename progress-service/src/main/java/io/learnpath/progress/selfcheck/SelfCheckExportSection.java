package io.learnpath.progress.selfcheck;

import io.learnpath.progress.export.LearnerDataSection;
import java.util.List;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Every self-check attempt in the export, oldest first, with its answers. */
@Component
@Order(30)
class SelfCheckExportSection implements LearnerDataSection<ExportedAttempt> {

    private final SelfChecks selfChecks;

    SelfCheckExportSection(SelfChecks selfChecks) {
        this.selfChecks = selfChecks;
    }

    @Override
    public String name() {
        return "selfChecks";
    }

    @Override
    public Class<ExportedAttempt> rowType() {
        return ExportedAttempt.class;
    }

    @Override
    public List<ExportedAttempt> rowsOf(UUID learnerId) {
        return selfChecks.allOf(learnerId);
    }
}
