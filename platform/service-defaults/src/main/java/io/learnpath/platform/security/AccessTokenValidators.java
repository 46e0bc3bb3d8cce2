package io.learnpath.platform.security;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;

/**
 * The checks every hop applies to an access token, shared by the gateway (reactive) and the services (servlet).
 * The signature algorithm is pinned to RS256, so {@code alg: none} and symmetric algorithms never verify. The
 * header must say {@code typ: at+jwt} (RFC 9068), so no other JWT our keys might one day sign (an ID token, a
 * signed link) passes as an access token, and it must not point at keys of its own ({@link KeyHintsInHeader}).
 */
public final class AccessTokenValidators {

    public static final SignatureAlgorithm ALGORITHM = SignatureAlgorithm.RS256;

    /** The JOSE {@code typ} of an access token (RFC 9068, section 2.1). */
    public static final String TYPE = "at+jwt";

    private AccessTokenValidators() {
    }

    private static boolean isUuid(String subject) {
        if (subject == null) {
            return false;
        }
        try {
            return UUID.fromString(subject).toString().equalsIgnoreCase(subject);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static OAuth2TokenValidator<Jwt> forProperties(JwtProperties properties) {
        return new DelegatingOAuth2TokenValidator<>(List.of(
                // Spring Security 7's own typ check; a missing typ is refused too (allowEmpty stays false).
                new JwtTypeValidator(TYPE),
                new KeyHintsInHeader(),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
                // Revocation compares iat with the instant a learner's tokens were revoked: without it a token
                // could never be shown to be newer than a revocation.
                new JwtClaimValidator<Instant>(JwtClaimNames.IAT, Objects::nonNull),
                new JwtTimestampValidator(properties.clockSkew()),
                new JwtIssuerValidator(properties.issuer()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD,
                        audience -> audience != null && audience.contains(properties.audience())),
                // Learner ids are UUIDs; anything else would fail later as a 500 rather than here as a 401.
                new JwtClaimValidator<String>(JwtClaimNames.SUB, AccessTokenValidators::isUuid)));
    }
}
