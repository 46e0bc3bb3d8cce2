package io.learnpath.notification.inbox;

import java.util.UUID;

/**
 * The learner's unread count may have changed (a notification read, all read, or deleted), after commit. It carries
 * no number on purpose: whoever shows the count reads it then, so two changes that cross never leave a stale count
 * shown last. A new notification announces itself as {@link NotificationCreated}, which changes the count too.
 */
public record UnreadCountChanged(UUID learnerId) {
}
