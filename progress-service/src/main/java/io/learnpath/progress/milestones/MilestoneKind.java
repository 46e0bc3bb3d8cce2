package io.learnpath.progress.milestones;

/** The kinds of milestone; each kind's ids are in {@link Milestone}. */
public enum MilestoneKind {
    FIRST_TOPIC_DONE,
    LEVEL_COMPLETED,
    ROADMAP_PERCENT,
    STREAK_DAYS
}
