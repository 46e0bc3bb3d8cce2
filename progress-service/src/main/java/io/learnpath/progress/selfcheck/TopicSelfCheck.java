package io.learnpath.progress.selfcheck;

import java.util.UUID;

/**
 * A learner's self-check record for one topic: how many attempts, the best score (percent), whether any attempt
 * passed, and the last attempt whole.
 */
public record TopicSelfCheck(UUID topicId, String topicSlug, String topicTitle, int attempts, double bestScore,
        boolean passed, SelfCheckAttempt lastAttempt) {
}
