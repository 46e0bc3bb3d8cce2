package io.learnpath.notification.inbox;

/** The badge number: how many of the caller's notifications are unread. */
public record UnreadCount(long unread) {
}
