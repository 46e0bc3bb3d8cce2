package io.learnpath.progress.tracking;

import java.time.Instant;
import java.util.UUID;

/** The status a learner set on a topic, and when. A topic without one is NOT_STARTED. */
public record RecordedStatus(UUID topicId, TopicStatus status, Instant updatedAt) {
}
