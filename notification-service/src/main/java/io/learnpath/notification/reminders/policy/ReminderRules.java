package io.learnpath.notification.reminders.policy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * When a reminder is due, and under which occasion it is sent once. All in the learner's local time.
 *
 * <ul>
 * <li>Streak: the learner studied yesterday, not yet today, and it is past {@code streakReminderAt}: the streak
 * ends at midnight. One per streak day ({@code STREAK_REMINDER:<yesterday>}).</li>
 * <li>Nudge: no study for {@code inactiveDays} days or more, from {@code nudgeAt}. One per quiet spell
 * ({@code INACTIVITY_NUDGE:<last day of study>}): coming back and going quiet again earns another.</li>
 * <li>Digest: on {@code digestDay} from {@code digestAt}, about the week before. One per week
 * ({@code WEEKLY_DIGEST:<this week's first day>}).</li>
 * </ul>
 */
public final class ReminderRules {

    private final LocalTime streakReminderAt;
    private final int inactiveDays;
    private final LocalTime nudgeAt;
    private final DayOfWeek digestDay;
    private final LocalTime digestAt;

    public ReminderRules(LocalTime streakReminderAt, int inactiveDays, LocalTime nudgeAt, DayOfWeek digestDay,
            LocalTime digestAt) {
        if (inactiveDays < 1) {
            throw new IllegalArgumentException("inactive-days must be at least 1");
        }
        this.streakReminderAt = streakReminderAt;
        this.inactiveDays = inactiveDays;
        this.nudgeAt = nudgeAt;
        this.digestDay = digestDay;
        this.digestAt = digestAt;
    }

    public Optional<String> streakReminder(StudyState study, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        boolean studiedYesterdayOnly = study.lastStudyDay().equals(today.minusDays(1)) && study.streak() >= 1;
        return studiedYesterdayOnly && !now.toLocalTime().isBefore(streakReminderAt)
                ? Optional.of("STREAK_REMINDER:" + study.lastStudyDay())
                : Optional.empty();
    }

    public Optional<String> inactivityNudge(StudyState study, LocalDateTime now) {
        long idle = ChronoUnit.DAYS.between(study.lastStudyDay(), now.toLocalDate());
        return idle >= inactiveDays && !now.toLocalTime().isBefore(nudgeAt)
                ? Optional.of("INACTIVITY_NUDGE:" + study.lastStudyDay())
                : Optional.empty();
    }

    public Optional<String> weeklyDigest(LocalDateTime now) {
        return now.getDayOfWeek() == digestDay && !now.toLocalTime().isBefore(digestAt)
                ? Optional.of("WEEKLY_DIGEST:" + weekStart(now.toLocalDate()))
                : Optional.empty();
    }

    /** The Monday of the week {@code day} is in: the weeks the digest counts in. */
    public static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public int inactiveDays() {
        return inactiveDays;
    }
}
