package io.learnpath.progress.selfcheck;

import io.learnpath.progress.selfcheck.policy.SelfCheckGrading;
import io.learnpath.progress.tracking.TopicStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One graded self-check: the score ({@code score} in percent, one decimal), whether it passed, and each answer
 * with the right choice. {@code status} is the topic's status after the attempt (DONE when it passed and the
 * learner asked to mark it done); null where the attempt is read back from the history, which does not keep it.
 */
public record SelfCheckAttempt(UUID attemptId, String roadmapSlug, String topicSlug, String topicTitle,
        Instant attemptedAt, int correct, int total, double score, boolean passed,
        List<SelfCheckGrading.Result> results, TopicStatus status) {
}
