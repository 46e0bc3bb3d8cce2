package io.learnpath.notification.inbox;

/** Why a learner was notified. Stored by name, so new kinds can be added without a migration. */
public enum NotificationKind {
    /** The learner marked a topic of a roadmap as done. */
    TOPIC_COMPLETED,
    /** A new account: the first thing in every inbox. */
    WELCOME
}
