package io.learnpath.platform.security;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * One entry of {@code learnpath.security.jwt.public-paths}: {@code "GET /api/content/**"} (that method only) or
 * {@code "/path"} (any method), with Spring's path-pattern syntax. The security filter chain and the OpenAPI
 * document both read the same entries, so what the document marks as open is what the service lets through.
 *
 * @param method the only method the entry opens, or {@code null} for every method
 */
public record PublicPath(HttpMethod method, String pattern) {

    public static PublicPath parse(String entry) {
        String[] parts = entry.trim().split("\\s+", 2);
        if (parts.length == 2) {
            return new PublicPath(HttpMethod.valueOf(parts[0].toUpperCase()), parts[1]);
        }
        return new PublicPath(null, parts[0]);
    }

    /** Whether a request with this method to this path (or path template) needs no token. */
    public boolean matches(HttpMethod requestMethod, String path) {
        if (method != null && !method.equals(requestMethod)) {
            return false;
        }
        PathPattern parsed = PathPatternParser.defaultInstance.parse(pattern);
        return parsed.matches(PathContainer.parsePath(path));
    }
}
