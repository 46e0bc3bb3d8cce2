package io.learnpath.platform.security;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How services check access tokens: keys from the auth-service's JWKS, and the issuer and audience every token
 * must name. {@code publicPaths} lists what needs no token, as {@code "GET /api/content/**"} or {@code "/path"}
 * (any method). {@code rolePaths} lists what only some roles may call, as {@code "EDITOR,ADMIN /api/content/draft/**"}
 * (any method; every service's {@code /api/*}{@code /admin/**} is ADMIN-only without being listed).
 * {@code verifiedTokenCacheTtl} is the longest a verified token is remembered ({@link VerifiedTokens}; 0: never).
 * {@code jwksTimeout} bounds each fetch of the keys, to connect and then to answer: a request waiting for the keys
 * fails after it instead of hanging on an auth-service that accepted the connection and never answered.
 */
@ConfigurationProperties("learnpath.security.jwt")
public record JwtProperties(URI jwksUri, String issuer, String audience,
        @DefaultValue("30s") Duration clockSkew, @DefaultValue List<String> publicPaths,
        @DefaultValue List<String> rolePaths, @DefaultValue("60s") Duration verifiedTokenCacheTtl,
        @DefaultValue("3s") Duration jwksTimeout) {
}
