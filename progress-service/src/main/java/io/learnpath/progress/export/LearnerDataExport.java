package io.learnpath.progress.export;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Collects every feature's {@link LearnerDataSection} into one export of the learner's data. */
@Service
class LearnerDataExport {

    private final List<LearnerDataSection<?>> sections;
    private final Clock clock;

    LearnerDataExport(List<LearnerDataSection<?>> sections, Clock clock) {
        this.sections = List.copyOf(sections);
        this.clock = clock;
        long names = sections.stream().map(LearnerDataSection::name).distinct().count();
        if (names != sections.size()) {
            throw new IllegalStateException("Two export sections share a name: " + sections);
        }
    }

    /**
     * Repeatable read: every section sees the same snapshot, so a status changed while the export runs cannot
     * appear in one section and not in another.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public LearnerExport of(UUID learnerId) {
        Map<String, List<? extends Record>> collected = new LinkedHashMap<>();
        sections.forEach(section -> collected.put(section.name(), section.rowsOf(learnerId)));
        return new LearnerExport(learnerId, clock.instant().truncatedTo(ChronoUnit.MILLIS), collected);
    }

    List<LearnerDataSection<?>> sections() {
        return sections;
    }
}
