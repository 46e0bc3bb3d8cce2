package io.learnpath.progress.activity;

import java.time.Instant;
import java.util.UUID;

/**
 * An activity about to be logged. What only one kind has is null for the others: the status fields for a status
 * change, the score for a self-check attempt.
 */
record NewActivity(UUID id, UUID learnerId, ActivityKind kind, Instant occurredAt, UUID roadmapId,
        String roadmapSlug, UUID topicId, String topicSlug, String topicTitle, String previousStatus, String status,
        Integer correct, Integer total, Boolean passed) {

    /** Moving a topic back to NOT_STARTED is logged, but it is no day of learning (a reset moves many). */
    boolean learning() {
        return kind != ActivityKind.TOPIC_STATUS_CHANGED || !"NOT_STARTED".equals(status);
    }
}
