package io.learnpath.notification.inbox;

import java.util.UUID;

/**
 * A notification is stored and its transaction has committed (never published for one that rolled back). What acts
 * on the outside world, such as the live streams, listens to this instead of being called by the inbox.
 */
public record NotificationCreated(UUID learnerId, NotificationView notification) {
}
