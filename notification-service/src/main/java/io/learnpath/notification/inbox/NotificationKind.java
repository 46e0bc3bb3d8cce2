package io.learnpath.notification.inbox;

/** Why a learner was notified. Stored by name, so new kinds can be added without a migration. */
public enum NotificationKind {
    /** The learner marked a topic of a roadmap as done. */
    TOPIC_COMPLETED,
    /** The learner reached a milestone (first topic, a level, a share of a roadmap, a streak), once each. */
    MILESTONE_REACHED,
    /** A new account: the first thing in every inbox. */
    WELCOME
}
