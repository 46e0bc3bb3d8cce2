package io.learnpath.progress.goals.policy;

import io.learnpath.progress.goals.GoalProgress;
import io.learnpath.progress.goals.GoalState;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The arithmetic of a roadmap goal: the pace it needs, the recent pace, and what they make of the learner. */
public final class GoalPace {

    /** The recent pace looks back this many of the learner's days, today included: four weeks. */
    public static final int WINDOW_DAYS = 28;

    private GoalPace() {
    }

    /**
     * @param remaining          the roadmap's topics neither done nor skipped
     * @param finishedInWindow   topics of the roadmap finished in the last {@link #WINDOW_DAYS} days
     */
    public static GoalProgress of(LocalDate targetDate, LocalDate today, int remaining, int finishedInWindow) {
        long daysLeft = ChronoUnit.DAYS.between(today, targetDate);
        double recentPace = BigDecimal.valueOf(finishedInWindow * 7L)
                .divide(BigDecimal.valueOf(WINDOW_DAYS), 1, RoundingMode.HALF_UP).doubleValue();
        if (remaining == 0) {
            return new GoalProgress(targetDate, today, daysLeft, 0, 0.0, recentPace, GoalState.REACHED);
        }
        if (daysLeft < 0) {
            // Past the date, everything that remains is due now.
            return new GoalProgress(targetDate, today, daysLeft, remaining, remaining, recentPace,
                    GoalState.OVERDUE);
        }
        // Today and the target day both still count: a goal for today leaves one day.
        double needed = BigDecimal.valueOf(remaining * 7L)
                .divide(BigDecimal.valueOf(daysLeft + 1), 1, RoundingMode.CEILING).doubleValue();
        // Compared exactly (finished / 28 days against remaining / days left), not as the rounded figures shown:
        // a pace of 0.25 a week shows as 0.3 and must not count as keeping up with 0.26.
        boolean onTrack = (long) finishedInWindow * (daysLeft + 1) >= (long) remaining * WINDOW_DAYS;
        return new GoalProgress(targetDate, today, daysLeft, remaining, needed, recentPace,
                onTrack ? GoalState.ON_TRACK : GoalState.BEHIND);
    }
}
