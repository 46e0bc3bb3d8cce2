package io.learnpath.auth.account;

import io.learnpath.platform.domain.ForbiddenException;
import io.learnpath.platform.domain.NotFoundException;
import io.learnpath.platform.security.AuthenticatedLearner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
@Tag(name = "Accounts", description = "Registration and the signed-in learner's account")
class AccountController {

    private final AccountRegistration registration;
    private final AccountReader accounts;

    AccountController(AccountRegistration registration, AccountReader accounts) {
        this.registration = registration;
        this.accounts = accounts;
    }

    @Operation(summary = "Create an account", description = "Needs no token. An invalid field is a 400 validation "
            + "problem naming it.")
    @ApiResponse(responseCode = "201", description = "Created; Location names the account")
    @ApiResponse(responseCode = "409", description = "An account with this email already exists (problem type "
            + ".../email-taken)")
    @PostMapping("/register")
    ResponseEntity<Account> register(@RequestBody RegistrationRequest request) {
        Account account = registration.register(request);
        // Relative on purpose: behind the gateway the service does not know the public host.
        return ResponseEntity.created(URI.create("/api/auth/accounts/" + account.id())).body(account);
    }

    @Operation(summary = "Read your own account")
    @GetMapping("/me")
    Account me(AuthenticatedLearner learner) {
        return accounts.findById(learner.id()).orElseThrow(() -> new NotFoundException("account", learner.id()));
    }

    /** Where {@code register}'s Location points: the owner may read their account, and so may an admin. */
    @Operation(summary = "Read an account", description = "Answers the account to its owner and to an ADMIN.")
    @GetMapping("/accounts/{id}")
    Account account(@PathVariable UUID id, AuthenticatedLearner learner) {
        if (!learner.id().equals(id) && !learner.hasRole(Role.ADMIN.name())) {
            throw new ForbiddenException("You may only read your own account");
        }
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
    }
}
