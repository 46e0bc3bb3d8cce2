package io.learnpath.progress.selfcheck;

import java.time.Instant;
import java.util.UUID;

/** One topic in the list of a learner's self-checks: attempts, best and last score, whether it was ever passed. */
public record SelfCheckSummary(UUID topicId, String topicSlug, String topicTitle, String roadmapSlug, int attempts,
        double bestScore, double lastScore, boolean passed, Instant lastAttemptedAt) {
}
