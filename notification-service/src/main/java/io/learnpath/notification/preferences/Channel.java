package io.learnpath.notification.preferences;

/** How a notification reaches the learner. Live push follows the in-app inbox and has no setting of its own. */
public enum Channel {
    IN_APP,
    EMAIL
}
