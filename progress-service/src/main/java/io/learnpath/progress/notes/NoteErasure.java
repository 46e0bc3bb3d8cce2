package io.learnpath.progress.notes;

import io.learnpath.progress.erasure.LearnerErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Deletes every note of an erased learner, in the erasure's transaction. */
@Component
class NoteErasure {

    private final TopicNotes notes;

    NoteErasure(TopicNotes notes) {
        this.notes = notes;
    }

    @EventListener
    void erase(LearnerErased erased) {
        notes.eraseAllOf(erased.learnerId());
    }
}
