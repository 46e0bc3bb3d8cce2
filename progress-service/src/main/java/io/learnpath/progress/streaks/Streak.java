package io.learnpath.progress.streaks;

import java.time.LocalDate;

/**
 * A learner's streaks, counted in days of their time zone. {@code current} is still alive when the last active
 * day is today or yesterday ({@code activeToday} says which: a frontend nudges when it is false);
 * {@code lastActiveDate} is null before any learning.
 */
public record Streak(int current, int longest, boolean activeToday, LocalDate lastActiveDate, LocalDate today,
        String timeZone) {
}
