package io.learnpath.auth.tokens;

import jakarta.validation.Valid;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/auth")
class TokenController {

    private final SessionTokens sessions;

    TokenController(SessionTokens sessions) {
        this.sessions = sessions;
    }

    @PostMapping("/refresh")
    ResponseEntity<TokenResponse> refresh(@Valid @RequestBody RefreshTokenRequest request) {
        return noStore(sessions.refresh(request.refreshToken()));
    }

    /** Needs no access token: holding the refresh token is proof enough, and the access token may have expired. */
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
