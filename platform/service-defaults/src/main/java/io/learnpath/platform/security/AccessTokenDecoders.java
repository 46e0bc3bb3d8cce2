package io.learnpath.platform.security;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Duration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * The one way to build an access-token decoder, whatever the hop: RS256 only, and the checks of
 * {@link AccessTokenValidators} ({@code typ: at+jwt}, no key named in the header, the claims). Only where the keys
 * come from differs. Each remembers the tokens it verified for a while ({@link VerifiedTokens}). Revocation is
 * checked around the decoder, by {@link AccessTokenRevocations} (servlet) and {@link ReactiveAccessTokenRevocations}
 * (gateway), because it needs Redis.
 */
public final class AccessTokenDecoders {

    private AccessTokenDecoders() {
    }

    /** A service: keys from the auth-service's JWKS endpoint, fetched and cached by Nimbus. */
    public static JwtDecoder fromJwkSetUri(JwtProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwksUri().toString())
                .jwsAlgorithm(AccessTokenValidators.ALGORITHM)
                .build();
        decoder.setJwtValidator(AccessTokenValidators.forProperties(properties));
        return verifiedTokens(properties).around(decoder);
    }

    /** The auth-service itself: keys from its own key store, with no HTTP call to itself. */
    public static JwtDecoder fromKeySource(JWKSource<SecurityContext> keys, JwtProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys)
                .jwsAlgorithm(AccessTokenValidators.ALGORITHM)
                .build();
        decoder.setJwtValidator(AccessTokenValidators.forProperties(properties));
        return verifiedTokens(properties).around(decoder);
    }

    /** The gateway (WebFlux): keys from the auth-service's JWKS endpoint, without blocking. */
    public static ReactiveJwtDecoder reactiveFromJwkSetUri(JwtProperties properties) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwksUri().toString())
                .jwsAlgorithm(AccessTokenValidators.ALGORITHM)
                .build();
        decoder.setJwtValidator(AccessTokenValidators.forProperties(properties));
        return verifiedTokens(properties).around(decoder);
    }

    private static VerifiedTokens verifiedTokens(JwtProperties properties) {
        return VerifiedTokens.lasting(properties.verifiedTokenCacheTtl() == null ? Duration.ZERO
                : properties.verifiedTokenCacheTtl());
    }
}
