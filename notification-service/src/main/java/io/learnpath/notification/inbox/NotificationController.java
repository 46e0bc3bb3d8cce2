package io.learnpath.notification.inbox;

import io.learnpath.platform.paging.Page;
import io.learnpath.platform.paging.PageQuery;
import io.learnpath.platform.security.AuthenticatedLearner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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

    private final NotificationInbox inbox;

    NotificationController(NotificationInbox inbox) {
        this.inbox = inbox;
    }

    @Operation(summary = "List your notifications", description = "Newest first; unread=true keeps only unread ones.")
    @GetMapping
    Page<NotificationView> list(AuthenticatedLearner learner, @Valid PageQuery query,
            @RequestParam(defaultValue = "false") boolean unread) {
        return inbox.page(learner.id(), query, unread);
    }

    @Operation(summary = "Count your unread notifications")
    @GetMapping("/unread-count")
    UnreadCount unreadCount(AuthenticatedLearner learner) {
        return inbox.unreadCount(learner.id());
    }

    @Operation(summary = "Mark a notification read", description = "Reading it again keeps the first readAt. "
            + "Another learner's notification is not found, like a missing one.")
    @ApiResponse(responseCode = "204", description = "Marked read")
    @PostMapping("/{id}/read")
    ResponseEntity<Void> markRead(AuthenticatedLearner learner, @PathVariable UUID id) {
        inbox.markRead(learner.id(), id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Mark all your notifications read")
    @ApiResponse(responseCode = "204", description = "Every notification marked read")
    @PostMapping("/read-all")
    ResponseEntity<Void> markAllRead(AuthenticatedLearner learner) {
        inbox.markAllRead(learner.id());
        return ResponseEntity.noContent().build();
    }
}
