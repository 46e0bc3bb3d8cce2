package io.learnpath.progress.activity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An in-service event: learning was logged for the learner, in the transaction that logs it. Streak milestones
 * listen to it and count the days themselves; the study-day announcement needs the day it counts on.
 *
 * @param day      the learner's local date of the activity, as logged
 * @param timeZone the zone that date was read in
 */
public record ActivityRecorded(UUID learnerId, LocalDate day, String timeZone) {
}
