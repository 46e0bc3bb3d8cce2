package io.learnpath.notification.inbox;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * A notification as its learner sees it: an item of the inbox page and the {@code data} of a live SSE event, so
 * a client renders both with the same code. {@code data} is null when there is nothing to link to, {@code readAt}
 * while unread.
 */
public record NotificationView(UUID id, NotificationKind kind, String title, String body, Map<String, Object> data,
        Instant createdAt, Instant readAt) {
}
