package io.learnpath.notification.live.web;

import io.learnpath.platform.domain.InvalidInputException;
import io.learnpath.platform.security.AuthenticatedLearner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The caller's notifications as they happen, as Server-Sent Events ({@code event: notification}, {@code id:} the
 * notification id, {@code data:} the same JSON as an inbox item). A browser's EventSource reconnects by itself and
 * sends the last id it saw as {@code Last-Event-ID}; what was missed is replayed first.
 */
@RestController
@Tag(name = "Notifications")
class LiveStreamController {

    static final String LAST_EVENT_ID = "Last-Event-ID";

    private final LiveNotificationStreams streams;

    LiveStreamController(LiveNotificationStreams streams) {
        this.streams = streams;
    }

    @Operation(summary = "Stream your notifications as they happen", description = "Server-Sent Events: each is "
            + "`event: notification`, `id:` the notification id, `data:` an inbox item. Reconnect with Last-Event-ID "
            + "(EventSource does) to get what was missed first. Comments keep an idle stream open.")
    // Without it the document would describe the SseEmitter object instead of what goes over the wire.
    @ApiResponse(responseCode = "200", description = "The event stream; it ends after a while (30 minutes by default) "
            + "and EventSource reconnects", content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
                    schema = @Schema(type = "string")))
    @GetMapping(path = "/api/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(AuthenticatedLearner learner,
            @RequestHeader(name = LAST_EVENT_ID, required = false) String lastEventId) {
        return streams.open(learner.id(), parse(lastEventId));
    }

    private static UUID parse(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(lastEventId.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(LAST_EVENT_ID, "must be a UUID");
        }
    }
}
