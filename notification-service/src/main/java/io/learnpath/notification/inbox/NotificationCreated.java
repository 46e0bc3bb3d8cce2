package io.learnpath.notification.inbox;

import java.util.UUID;

/**
 * Published inside the transaction that stored a notification. Listeners that act on the outside world (the live
 * stream, counters) use {@code @TransactionalEventListener} so they only see notifications that really exist.
 */
public record NotificationCreated(UUID learnerId, NotificationView notification) {
}
