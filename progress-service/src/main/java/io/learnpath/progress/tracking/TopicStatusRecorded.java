package io.learnpath.progress.tracking;

import java.time.Instant;
import java.util.UUID;

/**
 * A real status change, as an in-service application event for the features that react to one in the same
 * transaction (following a roadmap on the first start). Kept apart from the published {@code TopicStatusChanged},
 * whose shape is a contract with other services and changes on its own schedule.
 *
 * @param roadmapId  the roadmap the learner made the change on
 * @param topicTitle the topic's title at the change; with the slugs, for features that keep names as they were
 *                   (the activity log)
 */
public record TopicStatusRecorded(UUID learnerId, UUID roadmapId, String roadmapSlug, UUID topicId, String topicSlug,
        String topicTitle, TopicStatus previousStatus, TopicStatus status, Instant at) {
}
