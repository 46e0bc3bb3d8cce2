package io.learnpath.auth.account;

import io.learnpath.platform.domain.ForbiddenException;
import io.learnpath.platform.paging.Page;
import io.learnpath.platform.paging.PageQuery;
import io.learnpath.platform.security.AuthenticatedLearner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth/admin/accounts")
@Tag(name = "Administration", description = "Accounts as admins manage them (ADMIN only; others get 403).")
class AccountAdministrationController {

    private final AccountAdministration administration;

    AccountAdministrationController(AccountAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    @Operation(summary = "Find accounts", description = "By email, paginated; q matches email or display name, any "
            + "case.")
    Page<AccountSummary> search(@RequestParam(required = false) @Size(max = 200)
            @Parameter(description = "Part of an email or display name") String q, @Valid PageQuery query,
            AuthenticatedLearner admin) {
        requireAdmin(admin);
        return administration.search(q, query);
    }

    @PutMapping("/{id}/roles")
    @Operation(summary = "Set an account's roles", description = "LEARNER is always kept. Takes effect at the "
            + "account's next token refresh. You cannot take your own ADMIN role (409).")
    Account changeRoles(@PathVariable UUID id, @Valid @RequestBody RoleChange change, AuthenticatedLearner admin) {
        requireAdmin(admin);
        return administration.changeRoles(id, change.roles(), admin.id());
    }

    /** @param roles the roles the account should have: EDITOR, ADMIN (LEARNER is implied) */
    record RoleChange(@NotNull @Size(max = 3) List<@NotNull String> roles) {
    }

    @PostMapping("/{id}/disable")
    @ApiResponse(responseCode = "204", description = "Disabled; its sign-ins are ended")
    @Operation(summary = "Disable an account", description = "Ends every sign-in of the account and refuses new "
            + "ones (a sign-in answers like a wrong password). Not your own (409).")
    ResponseEntity<Void> disable(@PathVariable UUID id, AuthenticatedLearner admin) {
        requireAdmin(admin);
        administration.disable(id, admin.id());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/enable")
    @ApiResponse(responseCode = "204", description = "Enabled; it may sign in again")
    @Operation(summary = "Enable an account again")
    ResponseEntity<Void> enable(@PathVariable UUID id, AuthenticatedLearner admin) {
        requireAdmin(admin);
        administration.enable(id, admin.id());
        return ResponseEntity.noContent().build();
    }

    private static void requireAdmin(AuthenticatedLearner learner) {
        if (!learner.hasRole(Role.ADMIN.name())) {
            throw new ForbiddenException("Only an ADMIN manages accounts");
        }
    }
}
