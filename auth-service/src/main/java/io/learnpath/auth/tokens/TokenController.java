package io.learnpath.auth.tokens;

import io.learnpath.auth.tokens.SessionTokens.Renewal;
import io.learnpath.auth.tokens.web.TokenAnswers;
import io.learnpath.platform.web.ProblemException;
import io.learnpath.platform.web.ProblemTypes;
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
@Tag(name = "Sessions")
class TokenController {

    static final String INVALID_REFRESH_TOKEN = "invalid-refresh-token";

    private final SessionTokens sessions;

    TokenController(SessionTokens sessions) {
        this.sessions = sessions;
    }

    @Operation(summary = "Renew the tokens", description = "Rotates the refresh token: the one sent is spent, and "
            + "sending a spent one again revokes the whole session (a stolen token is of no further use). Needs no "
            + "access token.")
    @ApiResponse(responseCode = "200", description = "A new pair; the answer is never cached")
    @ApiResponse(responseCode = "401", description = "The refresh token is unknown, expired, revoked or already spent "
            + "(problem type .../invalid-refresh-token); sign in again")
    @PostMapping("/refresh")
    ResponseEntity<TokenResponse> refresh(@Valid @RequestBody RefreshTokenRequest request) {
        return switch (sessions.refresh(request.refreshToken())) {
            case Renewal.Renewed(TokenResponse tokens) -> TokenAnswers.noStore(tokens);
            case Renewal.Refused() -> throw invalidRefreshToken();
        };
    }

    /** Needs no access token: holding the refresh token is proof enough, and the access token may have expired. */
    @Operation(summary = "Sign out", description = "Revokes the refresh token's session. Needs no access token.")
    @ApiResponse(responseCode = "204", description = "Signed out (also for a token already revoked)")
    @PostMapping("/logout")
    ResponseEntity<Void> logout(@Valid @RequestBody RefreshTokenRequest request) {
        sessions.endSession(request.refreshToken());
        return ResponseEntity.noContent().build();
    }

    // One answer for every reason a token is refused: unknown, expired, revoked or reused.
    private static ProblemException invalidRefreshToken() {
        return new ProblemException(HttpStatus.UNAUTHORIZED, ProblemTypes.of(INVALID_REFRESH_TOKEN),
                "Invalid refresh token", "The refresh token is invalid, expired or revoked; sign in again");
    }
}
