package io.learnpath.progress.selfcheck;

import java.time.Instant;
import java.util.UUID;

/** A self-check attempt as a flat export row; {@code results} is the answers and their results as JSON text. */
public record ExportedAttempt(UUID attemptId, UUID roadmapId, String roadmapSlug, UUID topicId, String topicSlug,
        String topicTitle, Instant attemptedAt, int correct, int total, double score, boolean passed,
        String results) {
}
