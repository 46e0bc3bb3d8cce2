package io.learnpath.progress.tracking;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
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
     * A learner's statuses on some topics, typically a roadmap's, by topic id; topics the learner never touched are
     * absent. A status is the topic's, so a topic shared by several roadmaps answers the same in each. Read by
     * (learner, topic) from the primary key, so the cost is bounded by the number of topics, not by the table's
     * size.
     */
    public Map<UUID, RecordedStatus> of(UUID learnerId, Collection<UUID> topicIds) {
        return store.ofTopics(learnerId, topicIds);
    }

    /** The topic the learner changed last to a status other than NOT_STARTED, if any. */
    public Optional<RecordedStatus> latest(UUID learnerId) {
        return store.latest(learnerId);
    }
}
