package io.learnpath.progress.selfcheck;

import io.learnpath.progress.erasure.LearnerErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Deletes an erased learner's self-check attempts, in the erasure's transaction. */
@Component
class SelfCheckErasure {

    private final SelfChecks selfChecks;

    SelfCheckErasure(SelfChecks selfChecks) {
        this.selfChecks = selfChecks;
    }

    @EventListener
    void erase(LearnerErased erased) {
        selfChecks.eraseAllOf(erased.learnerId());
    }
}
