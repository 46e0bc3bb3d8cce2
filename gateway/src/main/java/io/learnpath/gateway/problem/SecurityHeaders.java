package io.learnpath.gateway.problem;

import java.util.Map;
import org.springframework.http.HttpHeaders;

/**
 * The headers browsers need to protect a learner, on every answer the gateway gives. Spring Security's header
 * writer puts them on every answer that passes its filter chain; the answers given before that chain runs (the
 * firewall's refusals, Netty's refusals of requests it cannot decode) get them from here. Spring Security's
 * defaults, but for {@code Strict-Transport-Security}, which it sends over TLS only and the gateway sends always
 * (TLS ends in front of it).
 */
public final class SecurityHeaders {

    public static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000 ; includeSubDomains";

    public static final Map<String, String> ON_EVERY_ANSWER = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "X-XSS-Protection", "0",
            "Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);

    private SecurityHeaders() {
    }

    /** Adds each header the answer does not carry yet; one it carries is kept as it is. */
    static void addMissing(HttpHeaders headers) {
        ON_EVERY_ANSWER.forEach((name, value) -> {
            if (!headers.containsHeader(name)) {
                headers.set(name, value);
            }
        });
    }
}
