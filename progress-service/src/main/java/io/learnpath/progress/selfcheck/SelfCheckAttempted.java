package io.learnpath.progress.selfcheck;

import java.time.Instant;
import java.util.UUID;

/**
 * An in-service event: a learner took a topic's self-check, published in the attempt's transaction (the activity
 * log records it, and it counts as a day of learning).
 */
public record SelfCheckAttempted(UUID attemptId, UUID learnerId, UUID roadmapId, String roadmapSlug, UUID topicId,
        String topicSlug, String topicTitle, int correct, int total, boolean passed, Instant attemptedAt) {
}
