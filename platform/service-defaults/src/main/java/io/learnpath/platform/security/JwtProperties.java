package io.learnpath.platform.security;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How services check access tokens: keys from the auth-service's JWKS, and the issuer and audience every token
 * must name. {@code publicPaths} lists what needs no token, as {@code "GET /api/content/**"} or {@code "/path"}
 * (any method).
 */
@ConfigurationProperties("learnpath.security.jwt")
public record JwtProperties(URI jwksUri, String issuer, String audience,
        @DefaultValue("30s") Duration clockSkew, @DefaultValue List<String> publicPaths) {
}
