package io.learnpath.progress.activity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An in-service event: a day of learning was logged for the learner (their local date), in the transaction that
 * logs it. Streak milestones listen to it.
 */
public record ActivityRecorded(UUID learnerId, LocalDate date) {
}
