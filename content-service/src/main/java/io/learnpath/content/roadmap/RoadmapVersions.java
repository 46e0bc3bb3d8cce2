package io.learnpath.content.roadmap;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Roadmap versions for the features that release them (publishing), so that this feature stays the only owner of
 * the {@code roadmaps} and {@code topics} tables.
 */
@Service
public class RoadmapVersions {

    private final RoadmapStore store;

    RoadmapVersions(RoadmapStore store) {
        this.store = store;
    }

    /** Every roadmap's current version, sorted by slug. */
    public List<RoadmapVersion> current() {
        return store.currentVersions();
    }

    /**
     * Locks the roadmap until the caller's transaction ends, then reads it with its topics. While the lock is held
     * no change can bump the version, so the version the caller releases and the topics it announces belong
     * together; a second caller waits here until the first has committed, and then reads what it committed.
     *
     * @return empty when there is no such roadmap (any more)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<RoadmapDetail> lockForRelease(UUID roadmapId) {
        // Read after the lock, in a statement of its own: it sees what the lock holder before us committed.
        return store.lock(roadmapId) ? store.withTopics(roadmapId) : Optional.empty();
    }
}
