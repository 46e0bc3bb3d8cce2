package io.learnpath.notification.inbox;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A notification a trigger wants delivered, before it has an id or a time.
 *
 * @param data          small machine-readable facts a client can link with (e.g. {@code roadmapSlug}); may be empty
 * @param sourceEventId the event that caused it; one notification per event
 */
public record NewNotification(UUID learnerId, NotificationKind kind, String title, String body,
        Map<String, Object> data, UUID sourceEventId) {

    public NewNotification {
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(sourceEventId, "sourceEventId");
        data = data == null ? Map.of() : Map.copyOf(data);
    }
}
