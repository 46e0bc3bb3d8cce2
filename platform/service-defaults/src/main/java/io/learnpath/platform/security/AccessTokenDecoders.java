package io.learnpath.platform.security;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Duration;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;

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

    /**
     * A service: keys from the auth-service's JWKS endpoint, fetched and cached by Nimbus, each fetch within
     * {@link JwtProperties#jwksTimeout()} (Spring Security's default client waits for ever).
     */
    public static JwtDecoder fromJwkSetUri(JwtProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwksUri().toString())
                .jwsAlgorithm(AccessTokenValidators.ALGORITHM)
                .restOperations(keySetClient(properties.jwksTimeout()))
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

    /**
     * The gateway (WebFlux): keys from the auth-service's JWKS endpoint, without blocking, fetched with
     * {@code keySetClient} (which should bound each fetch by {@link JwtProperties#jwksTimeout()}).
     */
    public static ReactiveJwtDecoder reactiveFromJwkSetUri(JwtProperties properties, WebClient keySetClient) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwksUri().toString())
                .jwsAlgorithm(AccessTokenValidators.ALGORITHM)
                .webClient(keySetClient)
                .build();
        decoder.setJwtValidator(AccessTokenValidators.forProperties(properties));
        // Spring Security reports keys it could not fetch as an IllegalStateException, which its authentication
        // manager passes on as it is (a 500). As a JwtException that is not a BadJwtException it becomes an
        // AuthenticationServiceException: the token could not be checked, which is neither its fault nor a bug.
        ReactiveJwtDecoder keysMayBeMissing = token -> decoder.decode(token)
                .onErrorMap(error -> !(error instanceof JwtException),
                        error -> new JwtException("The keys to check the token could not be fetched", error));
        return verifiedTokens(properties).around(keysMayBeMissing);
    }

    private static RestTemplate keySetClient(Duration timeout) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(timeout);
        requests.setReadTimeout(timeout);
        return new RestTemplate(requests);
    }

    private static VerifiedTokens verifiedTokens(JwtProperties properties) {
        return VerifiedTokens.lasting(properties.verifiedTokenCacheTtl() == null ? Duration.ZERO
                : properties.verifiedTokenCacheTtl());
    }
}
