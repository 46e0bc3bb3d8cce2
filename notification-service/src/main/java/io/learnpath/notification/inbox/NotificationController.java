package io.learnpath.notification.inbox;

import io.learnpath.platform.security.AuthenticatedLearner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's inbox. The learner is always the token's subject; no endpoint takes a learner id. */
@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications", description = "The caller's inbox and its live stream")
class NotificationController {

    static final int MAX_PAGE_SIZE = 100;

    private final NotificationInbox inbox;

    NotificationController(NotificationInbox inbox) {
        this.inbox = inbox;
    }

    /** Newest first; {@code unread=true} keeps only unread ones. */
    @Operation(summary = "Your notifications, newest first", description = "unread=true keeps only unread ones.")
    @GetMapping
    NotificationPage list(AuthenticatedLearner learner,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(MAX_PAGE_SIZE) int size,
            @RequestParam(defaultValue = "false") boolean unread) {
        return inbox.page(learner.id(), page, size, unread);
    }

    @GetMapping("/unread-count")
    UnreadCount unreadCount(AuthenticatedLearner learner) {
        return inbox.unreadCount(learner.id());
    }

    @ApiResponse(responseCode = "204", description = "Marked read")
    @PostMapping("/{id}/read")
    ResponseEntity<Void> markRead(AuthenticatedLearner learner, @PathVariable UUID id) {
        inbox.markRead(learner.id(), id);
        return ResponseEntity.noContent().build();
    }

    @ApiResponse(responseCode = "204", description = "Every notification marked read")
    @PostMapping("/read-all")
    ResponseEntity<Void> markAllRead(AuthenticatedLearner learner) {
        inbox.markAllRead(learner.id());
        return ResponseEntity.noContent().build();
    }
}
