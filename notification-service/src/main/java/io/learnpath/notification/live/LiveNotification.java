package io.learnpath.notification.live;

import java.util.Objects;
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
}
