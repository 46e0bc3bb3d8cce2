package io.learnpath.progress.tracking;

import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Reads learners' statuses for other features (the summary), so that tracking stays the only owner of the
 * {@code topic_status} table.
 */
@Service
public class TopicStatuses {

    private final TopicStatusStore store;

    TopicStatuses(TopicStatusStore store) {
        this.store = store;
    }

    /**
     * A learner's statuses on one roadmap, by topic id; topics the learner never touched are absent. Read through
     * the (learner, roadmap) index, so the cost is bounded by the roadmap's size, not by the table's.
     */
    public Map<UUID, RecordedStatus> of(UUID learnerId, UUID roadmapId) {
        return store.onRoadmap(learnerId, roadmapId);
    }
}
