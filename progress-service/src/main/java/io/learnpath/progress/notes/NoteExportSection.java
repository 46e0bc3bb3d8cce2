package io.learnpath.progress.notes;

import io.learnpath.progress.export.LearnerDataSection;
import java.util.List;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The learner's notes in the export, whole, oldest first. */
@Component
@Order(20)
class NoteExportSection implements LearnerDataSection<TopicNote> {

    private final TopicNotes notes;

    NoteExportSection(TopicNotes notes) {
        this.notes = notes;
    }

    @Override
    public String name() {
        return "notes";
    }

    @Override
    public Class<TopicNote> rowType() {
        return TopicNote.class;
    }

    @Override
    public List<TopicNote> rowsOf(UUID learnerId) {
        return notes.allOf(learnerId);
    }
}
