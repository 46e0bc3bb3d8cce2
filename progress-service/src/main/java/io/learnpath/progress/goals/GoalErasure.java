package io.learnpath.progress.goals;

import io.learnpath.progress.erasure.LearnerErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Deletes an erased learner's goals, in the erasure's transaction. */
@Component
class GoalErasure {

    private final RoadmapGoals goals;

    GoalErasure(RoadmapGoals goals) {
        this.goals = goals;
    }

    @EventListener
    void erase(LearnerErased erased) {
        goals.eraseAllOf(erased.learnerId());
    }
}
