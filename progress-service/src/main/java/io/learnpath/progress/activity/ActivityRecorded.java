package io.learnpath.progress.activity;

import java.util.UUID;

/**
 * An in-service event: learning was logged for the learner, in the transaction that logs it. Streak milestones
 * listen to it and count the days themselves.
 */
public record ActivityRecorded(UUID learnerId) {
}
