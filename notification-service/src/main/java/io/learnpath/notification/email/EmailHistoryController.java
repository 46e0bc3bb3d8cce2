package io.learnpath.notification.email;

import io.learnpath.platform.paging.Page;
import io.learnpath.platform.paging.PageQuery;
import io.learnpath.platform.security.AuthenticatedLearner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The token's learner's own mail history. */
@RestController
@Tag(name = "Email history", description = "The mail Learnpath sent you, and how each attempt went")
class EmailHistoryController {

    private final EmailOutbox outbox;

    EmailHistoryController(EmailOutbox outbox) {
        this.outbox = outbox;
    }

    @Operation(summary = "Mail sent to you, newest first", description = "Kind, address, subject, status "
            + "(PENDING, SENT, FAILED), attempts and the last error; never the body (links in it may be secrets).")
    @GetMapping("/api/notifications/emails")
    Page<EmailRecord> history(AuthenticatedLearner learner, @Valid PageQuery query) {
        return outbox.historyOf(learner.id(), query);
    }
}
