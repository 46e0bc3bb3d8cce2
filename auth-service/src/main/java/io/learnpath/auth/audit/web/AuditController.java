package io.learnpath.auth.audit.web;

import io.learnpath.auth.audit.AuditEntry;
import io.learnpath.auth.audit.AuditTrail;
import io.learnpath.platform.domain.ForbiddenException;
import io.learnpath.platform.paging.Page;
import io.learnpath.platform.paging.PageQuery;
import io.learnpath.platform.security.AuthenticatedLearner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit", description = "Security events of an account: sign-ins, failures, lockouts, changes")
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/auth/admin/accounts/{id}/audit")
    @Operation(summary = "Read an account's audit trail", description = "ADMIN only; newest first, paginated.")
    Page<AuditEntry> ofAccount(@PathVariable UUID id, @Valid PageQuery query, AuthenticatedLearner admin) {
        if (!admin.hasRole("ADMIN")) {
            throw new ForbiddenException("Only an ADMIN reads other accounts' audit trails");
        }
        return trail.of(id, query);
    }

    @GetMapping("/api/auth/me/audit")
    @Operation(summary = "Read your own security activity", description = "Newest first, paginated: where and when "
            + "your account was signed in to, and what changed.")
    Page<AuditEntry> own(@Valid PageQuery query, AuthenticatedLearner learner) {
        return trail.of(learner.id(), query);
    }
}
