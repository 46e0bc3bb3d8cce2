package io.learnpath.auth.tokens.web;

import io.learnpath.auth.tokens.TokenResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;

/** The one way an endpoint answers with tokens (sign-in, refresh). */
public final class TokenAnswers {

    private TokenAnswers() {
    }

    /** 200 with the tokens. RFC 6749 section 5.1: responses carrying tokens must not be stored by any cache. */
    public static ResponseEntity<TokenResponse> noStore(TokenResponse tokens) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("Pragma", "no-cache").body(tokens);
    }
}
