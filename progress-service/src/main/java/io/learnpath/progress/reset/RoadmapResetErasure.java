package io.learnpath.progress.reset;

import io.learnpath.progress.erasure.LearnerErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Deletes an erased learner's record of resets, in the erasure's transaction. */
@Component
class RoadmapResetErasure {

    private final RoadmapResetStore store;

    RoadmapResetErasure(RoadmapResetStore store) {
        this.store = store;
    }

    @EventListener
    void erase(LearnerErased erased) {
        store.deleteAllOf(erased.learnerId());
    }
}
