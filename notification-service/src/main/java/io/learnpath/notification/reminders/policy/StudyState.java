package io.learnpath.notification.reminders.policy;

import java.time.LocalDate;

/**
 * What the reminder rules know of a learner: the last day they learned something, in their zone, and the streak
 * that day made.
 */
public record StudyState(LocalDate lastStudyDay, int streak) {

    /** The streak as it stands on {@code today}: alive until the end of the day after the last day of study. */
    public int currentStreak(LocalDate today) {
        return lastStudyDay.isBefore(today.minusDays(1)) ? 0 : streak;
    }
}
