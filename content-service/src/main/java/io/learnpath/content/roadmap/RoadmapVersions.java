package io.learnpath.content.roadmap;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The roadmaps' current versions, for releasing them: what is current, and a consistent snapshot of one. */
@Service
public class RoadmapVersions {

    private final RoadmapStore store;

    RoadmapVersions(RoadmapStore store) {
        this.store = store;
    }

    public List<RoadmapVersion> current() {
        return store.currentVersions();
    }

    /**
     * Reads the roadmap's current version with its topics and keeps the roadmap locked until the caller's
     * transaction ends, so nothing can change it between this read and what the caller records about it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<RoadmapSnapshot> lockCurrent(UUID roadmapId) {
        return store.lockAndRead(roadmapId);
    }
}
