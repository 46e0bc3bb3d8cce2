package io.learnpath.auth.account;

import io.learnpath.platform.domain.ForbiddenException;
import io.learnpath.platform.domain.NotFoundException;
import io.learnpath.platform.security.AuthenticatedLearner;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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

    @Operation(summary = "Create an account", description = """
            Needs no token. An invalid field is a 400 validation problem naming it. The answer is the same whether \
            or not the address already has an account, so nobody can learn who is registered: a new account is \
            created and mailed a verification link; the owner of an existing one is mailed a notice instead. \
            Sign in with the password right away (POST /api/auth/login); verifying the address can come later.""")
    @ApiResponse(responseCode = "202", description = "Received; check the inbox of the address")
    @PostMapping("/register")
    ResponseEntity<SignUpReceived> register(@RequestBody RegistrationRequest request) {
        String email = registration.register(request);
        return ResponseEntity.accepted().body(new SignUpReceived(email,
                "Check your inbox: we sent a message to " + email + ". You can sign in now."));
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
