package io.learnpath.auth.tokens;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
@Tag(name = "Sessions")
class TokenController {

    private final SessionTokens sessions;

    TokenController(SessionTokens sessions) {
        this.sessions = sessions;
    }

    @Operation(summary = "Renew the tokens", description = "Rotates the refresh token: the one sent is spent, and "
            + "sending a spent one again revokes the whole session (a stolen token is of no further use).")
    @PostMapping("/refresh")
    ResponseEntity<TokenResponse> refresh(@Valid @RequestBody RefreshTokenRequest request) {
        return noStore(sessions.refresh(request.refreshToken()));
    }

    /** Needs no access token: holding the refresh token is proof enough, and the access token may have expired. */
    @Operation(summary = "Sign out", description = "Revokes the refresh token's session. Needs no access token.")
    @ApiResponse(responseCode = "204", description = "Signed out (also for a token already revoked)")
    @PostMapping("/logout")
    ResponseEntity<Void> logout(@Valid @RequestBody RefreshTokenRequest request) {
        sessions.endSession(request.refreshToken());
        return ResponseEntity.noContent().build();
    }

    /** RFC 6749 section 5.1: responses carrying tokens must not be stored by any cache. */
    static ResponseEntity<TokenResponse> noStore(TokenResponse tokens) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("Pragma", "no-cache").body(tokens);
    }
}
