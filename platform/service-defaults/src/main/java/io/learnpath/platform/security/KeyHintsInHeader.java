package io.learnpath.platform.security;

import java.util.List;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses a token whose JOSE header names or carries a key ({@code jku}, {@code x5u}, {@code jwk}, {@code x5c}),
 * whatever its signature. Our keys only ever come from the auth-service's JWKS, and today's Nimbus ignores these
 * headers; refusing them anyway means no library upgrade or misconfiguration can ever let a token bring the key
 * it is verified with (the classic "jku/jwk header injection"). The auth-service never sets them.
 */
final class KeyHintsInHeader implements OAuth2TokenValidator<Jwt> {

    static final List<String> REFUSED = List.of("jku", "x5u", "jwk", "x5c");

    private static final OAuth2Error ERROR = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
            "The token's header names a key of its own", null);

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        boolean namesAKey = REFUSED.stream().anyMatch(token.getHeaders()::containsKey);
        return namesAKey ? OAuth2TokenValidatorResult.failure(ERROR) : OAuth2TokenValidatorResult.success();
    }
}
