package io.learnpath.progress.streaks.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * Runs of consecutive active days. Days are calendar dates, so a run never breaks or stretches at a
 * daylight-saving change: the 23-hour day in March and the 25-hour day in October are one day each.
 *
 * <p>The current streak is still alive on the day after its last active day: the learner has until the end of
 * today to continue it. A last active day after today (recorded in a zone ahead of the learner's present one)
 * counts as today.
 */
public final class StreakCalendar {

    private StreakCalendar() {
    }

    /** The current and longest runs of a learner. */
    public record Streaks(int current, int longest, LocalDate lastActiveDay) {
    }

    /**
     * @param activeDays every day with activity, oldest first, without repeats
     * @param today      the learner's today, in their present zone
     */
    public static Streaks of(List<LocalDate> activeDays, LocalDate today) {
        if (activeDays.isEmpty()) {
            return new Streaks(0, 0, null);
        }
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate day : activeDays) {
            run = previous != null && previous.plusDays(1).equals(day) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = day;
        }
        boolean alive = !previous.isBefore(today.minusDays(1));
        return new Streaks(alive ? run : 0, longest, previous);
    }

    /** The longest run, wherever it lies: what a streak milestone asks, whatever today is. */
    public static int longest(List<LocalDate> activeDays) {
        return activeDays.isEmpty() ? 0 : of(activeDays, activeDays.getLast()).longest();
    }
}
