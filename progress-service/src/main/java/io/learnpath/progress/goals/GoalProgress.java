package io.learnpath.progress.goals;

import java.time.LocalDate;

/**
 * A roadmap goal measured against the learner's progress, in the learner's calendar: {@code daysLeft} until the
 * target date (0 on the day itself, negative once past), the topics still to finish, how many a week that needs
 * (rounded up to a tenth, so the learner is never told too little), and the pace of the last 28 days (topics of
 * the roadmap finished in them, a week's worth).
 */
public record GoalProgress(LocalDate targetDate, LocalDate today, long daysLeft, int remainingTopics,
        double topicsPerWeekNeeded, double recentPacePerWeek, GoalState state) {
}
