package io.learnpath.progress.following;

import io.learnpath.progress.erasure.LearnerErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Deletes the roadmaps an erased learner followed, in the erasure's transaction. */
@Component
class FollowErasure {

    private final FollowedRoadmapStore store;

    FollowErasure(FollowedRoadmapStore store) {
        this.store = store;
    }

    @EventListener
    void erase(LearnerErased erased) {
        store.deleteAllOf(erased.learnerId());
    }
}
