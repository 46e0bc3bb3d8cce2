package io.learnpath.notification.inbox;

/** Why a learner was notified. Stored by name, so new kinds can be added without a migration. */
public enum NotificationKind {
    /** The learner marked a topic of a roadmap as done. */
    TOPIC_COMPLETED,
    /** The learner reached a milestone (first topic, a level, a share of a roadmap, a streak), once each. */
    MILESTONE_REACHED,
    /** A new account: the first thing in every inbox. */
    WELCOME,
    /** Topics joined a roadmap the learner follows: one notice per publish, naming them. */
    NEW_TOPICS,
    /** The learner's streak ends tonight unless they learn something today. */
    STREAK_REMINDER,
    /** The learner has not learned anything for a while. */
    INACTIVITY_NUDGE,
    /** What the learner did last week. */
    WEEKLY_DIGEST
}
