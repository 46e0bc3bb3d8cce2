package io.learnpath.progress.timezone;

import io.learnpath.progress.erasure.LearnerErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Forgets an erased learner's time zone, in the erasure's transaction. */
@Component
class LearnerTimeZoneErasure {

    private final LearnerTimeZoneStore store;

    LearnerTimeZoneErasure(LearnerTimeZoneStore store) {
        this.store = store;
    }

    @EventListener
    void erase(LearnerErased erased) {
        store.delete(erased.learnerId());
    }
}
