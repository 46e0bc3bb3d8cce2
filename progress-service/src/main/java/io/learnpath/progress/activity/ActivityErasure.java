package io.learnpath.progress.activity;

import io.learnpath.progress.erasure.LearnerErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Deletes an erased learner's activity log, in the erasure's transaction. */
@Component
class ActivityErasure {

    private final ActivityLog log;

    ActivityErasure(ActivityLog log) {
        this.log = log;
    }

    @EventListener
    void erase(LearnerErased erased) {
        log.eraseAllOf(erased.learnerId());
    }
}
