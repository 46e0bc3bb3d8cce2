package io.learnpath.gateway.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which browser origins may call the API, for the frontend teams. Only the gateway answers CORS: the services
 * are never called from a browser directly.
 */
@ConfigurationProperties("learnpath.gateway.cors")
public record CorsProperties(
        @DefaultValue({ "http://localhost:3000", "http://localhost:5173" }) List<String> allowedOrigins,
        @DefaultValue({ "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS" }) List<String> allowedMethods,
        @DefaultValue({ "Authorization", "Content-Type", "If-None-Match", "If-Match", "Last-Event-ID" })
        List<String> allowedHeaders,
        @DefaultValue({ "ETag", "Location", "Retry-After", "X-RateLimit-Remaining", "X-RateLimit-Replenish-Rate",
                "X-RateLimit-Burst-Capacity", "X-RateLimit-Requested-Tokens" }) List<String> exposedHeaders,
        @DefaultValue("false") boolean allowCredentials,
        @DefaultValue("1h") Duration maxAge) {
}
