package io.learnpath.progress.tracking;

import io.learnpath.progress.erasure.LearnerErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Deletes every status of an erased learner, in the erasure's transaction. */
@Component
class TopicStatusErasure {

    private final TopicStatusStore statuses;

    TopicStatusErasure(TopicStatusStore statuses) {
        this.statuses = statuses;
    }

    @EventListener
    void erase(LearnerErased erased) {
        statuses.deleteAllOf(erased.learnerId());
    }
}
