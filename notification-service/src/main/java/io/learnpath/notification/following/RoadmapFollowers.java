package io.learnpath.notification.following;

import io.learnpath.notification.inbox.LearnerErasure;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who follows which roadmap, as the progress-service last said. Only a newer event changes a learner's follow, so
 * a replayed old follow cannot undo a later unfollow; an erased learner follows nothing, whatever arrives late.
 */
@Service
public class RoadmapFollowers {

    private final FollowerStore store;
    private final LearnerErasure erasure;

    RoadmapFollowers(FollowerStore store, LearnerErasure erasure) {
        this.store = store;
        this.erasure = erasure;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void follows(UUID learnerId, UUID roadmapId, boolean following, Instant at) {
        if (!erasure.isErased(learnerId)) {
            store.follows(learnerId, roadmapId, following, at);
        }
    }

    public List<UUID> of(UUID roadmapId) {
        return store.of(roadmapId);
    }

    /** Part of erasing a learner. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void erase(UUID learnerId) {
        store.erase(learnerId);
    }
}
