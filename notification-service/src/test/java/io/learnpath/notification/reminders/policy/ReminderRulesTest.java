package io.learnpath.notification.reminders.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ReminderRulesTest {

    private final ReminderRules rules = new ReminderRules(LocalTime.of(19, 0), 3, LocalTime.of(10, 0),
            DayOfWeek.MONDAY, LocalTime.of(9, 0));

    private static StudyState lastStudied(String day, int streak) {
        return new StudyState(LocalDate.parse(day), streak);
    }

    @Test
    void aStreakIsRemindedFromTheEveningOfTheDayAfterTheLastDayOfStudy() {
        StudyState study = lastStudied("2026-06-01", 4);

        assertThat(rules.streakReminder(study, LocalDateTime.parse("2026-06-02T18:59"))).isEmpty();
        assertThat(rules.streakReminder(study, LocalDateTime.parse("2026-06-02T19:00")))
                .contains("STREAK_REMINDER:2026-06-01");
        assertThat(rules.streakReminder(study, LocalDateTime.parse("2026-06-02T23:59")))
                .contains("STREAK_REMINDER:2026-06-01");
        assertThat(rules.streakReminder(study, LocalDateTime.parse("2026-06-01T20:00")))
                .as("studied today already").isEmpty();
        assertThat(rules.streakReminder(study, LocalDateTime.parse("2026-06-03T20:00")))
                .as("the streak is already over").isEmpty();
    }

    @Test
    void aNudgeComesAfterTheConfiguredQuietDaysOncePerLastDayOfStudy() {
        StudyState study = lastStudied("2026-05-28", 1);

        assertThat(rules.inactivityNudge(study, LocalDateTime.parse("2026-05-30T12:00"))).isEmpty();
        assertThat(rules.inactivityNudge(study, LocalDateTime.parse("2026-05-31T09:59"))).isEmpty();
        assertThat(rules.inactivityNudge(study, LocalDateTime.parse("2026-05-31T10:00")))
                .contains("INACTIVITY_NUDGE:2026-05-28");
        assertThat(rules.inactivityNudge(study, LocalDateTime.parse("2026-06-20T10:00")))
                .as("the same spell, the same occasion").contains("INACTIVITY_NUDGE:2026-05-28");
    }

    @Test
    void theDigestIsDueOnItsDayFromItsTimeUnderTheWeeksOccasion() {
        assertThat(rules.weeklyDigest(LocalDateTime.parse("2026-06-01T08:59"))).isEmpty();
        assertThat(rules.weeklyDigest(LocalDateTime.parse("2026-06-01T09:00"))).contains("WEEKLY_DIGEST:2026-06-01");
        assertThat(rules.weeklyDigest(LocalDateTime.parse("2026-06-02T09:00"))).isEmpty();
        assertThat(ReminderRules.weekStart(LocalDate.parse("2026-06-07"))).isEqualTo(LocalDate.parse("2026-06-01"));
    }

    @Test
    void aStreakLivesUntilTheEndOfTheDayAfterItsLastDay() {
        StudyState study = lastStudied("2026-06-01", 4);
        assertThat(study.currentStreak(LocalDate.parse("2026-06-02"))).isEqualTo(4);
        assertThat(study.currentStreak(LocalDate.parse("2026-06-03"))).isZero();
    }

    @Test
    void nudgingAfterZeroDaysIsRefused() {
        assertThatThrownBy(() -> new ReminderRules(LocalTime.NOON, 0, LocalTime.NOON, DayOfWeek.MONDAY,
                LocalTime.NOON)).isInstanceOf(IllegalArgumentException.class);
    }
}
