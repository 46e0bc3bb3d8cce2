package io.learnpath.notification.triggers.policy;

import java.util.UUID;

/**
 * A learner moved a topic to another status: what {@link TopicCompletionPolicy} needs to know of it. The listener
 * maps the progress-service's event into this, so the rule does not change with the wire contract.
 *
 * @param eventId the event that reported the change; the notification it leads to names it as its source
 * @param status  the new status as the progress-service names it (NOT_STARTED, IN_PROGRESS, DONE, SKIPPED, or one
 *                added later)
 */
public record TopicStatusChange(UUID eventId, UUID learnerId, UUID roadmapId, String roadmapSlug, UUID topicId,
        String topicSlug, String topicTitle, String status) {
}
