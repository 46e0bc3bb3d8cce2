package io.learnpath.auth.signin;

import io.learnpath.auth.tokens.SessionTokens;
import io.learnpath.auth.tokens.TokenResponse;
import io.learnpath.auth.tokens.web.TokenAnswers;
import io.learnpath.platform.web.ProblemException;
import io.learnpath.platform.web.ProblemTypes;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
@Tag(name = "Sessions", description = "Sign-in, token refresh and sign-out")
class SignInController {

    static final String INVALID_CREDENTIALS = "invalid-credentials";

    private final CredentialCheck credentials;
    private final SessionTokens sessions;
    private final Counter succeeded;
    private final Counter refused;

    SignInController(CredentialCheck credentials, SessionTokens sessions, MeterRegistry meters) {
        this.credentials = credentials;
        this.sessions = sessions;
        this.succeeded = signIns(meters, "success");
        this.refused = signIns(meters, "invalid_credentials");
    }

    @Operation(summary = "Sign in", description = "Answers an access token (RS256 JWT, 15 minutes by default) and a "
            + "refresh token. Needs no access token.")
    @ApiResponse(responseCode = "200", description = "Signed in; the answer is never cached")
    @ApiResponse(responseCode = "401", description = "The email or password is wrong; an unknown email and a wrong "
            + "password get the same problem (type .../invalid-credentials)")
    @PostMapping("/login")
    ResponseEntity<TokenResponse> login(@Valid @RequestBody LoginRequest request) {
        TokenResponse tokens = credentials.verify(request.email(), request.password())
                .map(sessions::startSession)
                .orElseThrow(() -> {
                    refused.increment();
                    return invalidCredentials();
                });
        succeeded.increment();
        return TokenAnswers.noStore(tokens);
    }

    // The same answer for an unknown email and a wrong password.
    private static ProblemException invalidCredentials() {
        return new ProblemException(HttpStatus.UNAUTHORIZED, ProblemTypes.of(INVALID_CREDENTIALS),
                "Invalid credentials", "The email or password is incorrect");
    }

    private static Counter signIns(MeterRegistry meters, String outcome) {
        return Counter.builder("learnpath.auth.signins").tag("outcome", outcome)
                .description("Sign-in attempts by outcome").register(meters);
    }
}
