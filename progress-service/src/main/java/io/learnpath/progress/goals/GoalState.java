package io.learnpath.progress.goals;

/** Where a learner stands against a roadmap goal. */
public enum GoalState {
    /** Nothing of the roadmap remains. */
    REACHED,
    /** The pace of the last four weeks is at least the pace the goal needs. */
    ON_TRACK,
    /** Slower than the goal needs. */
    BEHIND,
    /** The target date has passed with topics remaining. */
    OVERDUE
}
