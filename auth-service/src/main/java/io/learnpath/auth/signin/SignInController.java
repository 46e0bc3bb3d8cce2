package io.learnpath.auth.signin;

import io.learnpath.auth.signin.SignIn.CodeStep;
import io.learnpath.auth.signin.SignIn.PasswordStep;
import io.learnpath.auth.tokens.TokenResponse;
import io.learnpath.auth.tokens.web.TokenAnswers;
import io.learnpath.platform.web.ProblemException;
import io.learnpath.platform.web.ProblemTypes;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
    static final String INVALID_MFA_CHALLENGE = "invalid-mfa-challenge";
    static final String INVALID_MFA_CODE = "invalid-mfa-code";

    private final SignIn signIn;
    private final Counter succeeded;
    private final Counter refused;
    private final Counter codeRequired;
    private final Counter challengeRefused;
    private final Counter codeRefused;

    SignInController(SignIn signIn, MeterRegistry meters) {
        this.signIn = signIn;
        this.succeeded = signIns(meters, "success");
        this.refused = signIns(meters, "invalid_credentials");
        this.codeRequired = signIns(meters, "mfa_required");
        this.challengeRefused = signIns(meters, "invalid_mfa_challenge");
        this.codeRefused = signIns(meters, "invalid_mfa_code");
    }

    @Operation(summary = "Sign in", description = "Answers an access token (RS256 JWT, 15 minutes by default) and a "
            + "refresh token. For an account with multi-factor authentication the password is only the first step: "
            + "the answer is 202 with a challenge to send back with a code to /api/auth/login/mfa. Needs no access "
            + "token.")
    @ApiResponse(responseCode = "200", description = "Signed in; the answer is never cached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = TokenResponse.class)))
    @ApiResponse(responseCode = "202", description = "The password is right and the account has MFA: no tokens yet, "
            + "but a single-use challenge (5 minutes by default) for the second step; never cached",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = MfaChallenge.class)))
    @ApiResponse(responseCode = "401", description = "The email or password is wrong; an unknown email and a wrong "
            + "password get the same problem (type .../invalid-credentials)")
    @PostMapping("/login")
    ResponseEntity<?> login(@Valid @RequestBody LoginRequest request) {
        return switch (signIn.withPassword(request.email(), request.password())) {
            case PasswordStep.SignedIn(TokenResponse tokens) -> signedIn(tokens);
            case PasswordStep.CodeRequired(String challenge, var expiresIn) -> {
                codeRequired.increment();
                yield ResponseEntity.status(HttpStatus.ACCEPTED).cacheControl(CacheControl.noStore())
                        .header("Pragma", "no-cache").body(new MfaChallenge(challenge, expiresIn.toSeconds()));
            }
            case PasswordStep.Refused() -> {
                refused.increment();
                throw invalidCredentials();
            }
        };
    }

    @Operation(summary = "Sign in: the MFA step", description = "Completes a sign-in that answered 202: the "
            + "challenge with the code the authenticator app shows (a code one step either side of now is accepted, "
            + "none twice) or, when the app is lost, a recovery code (each works once). Answers the tokens exactly as "
            + "/api/auth/login does. The challenge is spent by this request whatever its outcome, and a wrong or "
            + "missing code counts towards the account's lockout like a wrong password. Needs no access token.")
    @ApiResponse(responseCode = "200", description = "Signed in; the answer is never cached")
    @ApiResponse(responseCode = "401", description = "The challenge is unknown, expired or spent (problem type "
            + ".../invalid-mfa-challenge), or the code is wrong or used already, or the account is locked for now "
            + "(.../invalid-mfa-code); either way, sign in again")
    @PostMapping("/login/mfa")
    ResponseEntity<TokenResponse> loginWithCode(@Valid @RequestBody MfaLoginRequest request) {
        return switch (signIn.withCode(request.challenge(), request.proof())) {
            case CodeStep.SignedIn(TokenResponse tokens) -> signedIn(tokens);
            case CodeStep.ChallengeRefused() -> {
                challengeRefused.increment();
                throw new ProblemException(HttpStatus.UNAUTHORIZED, ProblemTypes.of(INVALID_MFA_CHALLENGE),
                        "Invalid MFA challenge", "The sign-in expired or was finished already; sign in again");
            }
            case CodeStep.CodeRefused() -> {
                codeRefused.increment();
                // The same answer while the account is locked: whether it is must not be learned by guessing.
                throw new ProblemException(HttpStatus.UNAUTHORIZED, ProblemTypes.of(INVALID_MFA_CODE),
                        "Invalid MFA code", "The code is wrong or was used already; sign in again");
            }
        };
    }

    private ResponseEntity<TokenResponse> signedIn(TokenResponse tokens) {
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
