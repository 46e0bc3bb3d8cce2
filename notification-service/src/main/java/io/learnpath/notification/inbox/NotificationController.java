package io.learnpath.notification.inbox;

import io.learnpath.platform.domain.InvalidInputException;
import io.learnpath.platform.paging.Page;
import io.learnpath.platform.paging.PageQuery;
import io.learnpath.platform.security.AuthenticatedLearner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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

    @Operation(summary = "List your notifications", description = "Newest first; unread=true keeps only unread "
            + "ones; kind (repeatable: kind=MILESTONE_REACHED&kind=NEW_TOPICS) keeps only those kinds.")
    @ApiResponse(responseCode = "400", description = "A page or size out of range, or an unknown kind")
    @GetMapping
    Page<NotificationView> list(AuthenticatedLearner learner, @Valid PageQuery query,
            @RequestParam(defaultValue = "false") boolean unread,
            @RequestParam(name = "kind", required = false) List<NotificationKind> kinds) {
        return inbox.page(learner.id(), query, new InboxFilter(unread, kinds == null ? Set.of() : Set.copyOf(kinds)));
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

    @Operation(summary = "Delete a notification", description = "Another learner's notification is not found, "
            + "like a missing one.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(AuthenticatedLearner learner, @PathVariable UUID id) {
        inbox.delete(learner.id(), id);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Delete your read notifications", description = "read=true is required, so that a bare "
            + "DELETE never empties an inbox by mistake; unread ones stay.")
    @ApiResponse(responseCode = "400", description = "read is missing or not true")
    @DeleteMapping
    Deleted deleteRead(AuthenticatedLearner learner, @RequestParam(required = false) Boolean read) {
        if (!Boolean.TRUE.equals(read)) {
            throw new InvalidInputException("read", "must be true: only read notifications are deleted in bulk");
        }
        return new Deleted(inbox.deleteRead(learner.id()));
    }

    /** @param deleted how many notifications were deleted */
    record Deleted(int deleted) {
    }

    @Operation(summary = "Mark all your notifications read")
    @ApiResponse(responseCode = "204", description = "Every notification marked read")
    @PostMapping("/read-all")
    ResponseEntity<Void> markAllRead(AuthenticatedLearner learner) {
        inbox.markAllRead(learner.id());
        return ResponseEntity.noContent().build();
    }
}
