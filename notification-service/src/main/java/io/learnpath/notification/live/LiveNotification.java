package io.learnpath.notification.live;

import io.learnpath.notification.inbox.NotificationView;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import java.util.UUID;

/**
 * A notification ready to go out on a stream: its id (the SSE {@code id:} line, which a client sends back as
 * Last-Event-ID) and the JSON the client sees as {@code data:}, an inbox item.
 */
public record LiveNotification(UUID id, Object json) {

    public LiveNotification {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(json, "json");
    }

    /** Its kind, for counting: from the inbox item (a replay) or from the JSON as it came over Redis. */
    public String kind() {
        return switch (json) {
            case NotificationView view -> view.kind().name();
            case JsonNode node -> node.path("kind").asString("UNKNOWN");
            default -> "UNKNOWN";
        };
    }
}
