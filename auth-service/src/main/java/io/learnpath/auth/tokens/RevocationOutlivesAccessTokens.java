package io.learnpath.auth.tokens;

import io.learnpath.platform.security.JwtProperties;
import io.learnpath.platform.security.TokenRevocationProperties;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when a revocation would be forgotten before the tokens it covers expire: with
 * {@code AUTH_ACCESS_TOKEN_TTL} raised but not {@code AUTH_TOKEN_REVOCATION_TTL}, a deleted account's access
 * token would come back to life for its last minutes. Only the auth-service knows both numbers.
 */
@Component
class RevocationOutlivesAccessTokens {

    RevocationOutlivesAccessTokens(TokenLifetimes lifetimes, JwtProperties jwt, TokenRevocationProperties revocation) {
        var longestToken = lifetimes.accessTokenTtl().plus(jwt.clockSkew());
        if (revocation.revocationTtl().compareTo(longestToken) <= 0) {
            throw new IllegalStateException("learnpath.security.jwt.revocation-ttl (" + revocation.revocationTtl()
                    + ") must be longer than the access-token lifetime plus the clock skew (" + longestToken
                    + "): raise AUTH_TOKEN_REVOCATION_TTL with AUTH_ACCESS_TOKEN_TTL");
        }
    }
}
