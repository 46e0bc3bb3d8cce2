package io.learnpath.progress.milestones;

import io.learnpath.progress.erasure.LearnerErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Deletes an erased learner's milestones, in the erasure's transaction. */
@Component
class MilestoneErasure {

    private final Milestones milestones;

    MilestoneErasure(Milestones milestones) {
        this.milestones = milestones;
    }

    @EventListener
    void erase(LearnerErased erased) {
        milestones.eraseAllOf(erased.learnerId());
    }
}
