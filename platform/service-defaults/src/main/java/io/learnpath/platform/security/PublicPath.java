package io.learnpath.platform.security;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * One entry of {@code learnpath.security.jwt.public-paths}: {@code "GET /api/content/**"} (that method only; a GET
 * entry also opens HEAD, which is a GET without the body) or {@code "/path"} (any method), with Spring's path-pattern
 * syntax. The security filter chain and the OpenAPI
 * document both read the same entries, so what the document marks as open is what the service lets through.
 *
 * @param method the only method the entry opens, or {@code null} for every method
 * @param parsed  the pattern, parsed once: {@link #matches} runs on every request
 */
public record PublicPath(HttpMethod method, String pattern, PathPattern parsed) {

    public static PublicPath parse(String entry) {
        String[] parts = entry.trim().split("\\s+", 2);
        HttpMethod method = parts.length == 2 ? HttpMethod.valueOf(parts[0].toUpperCase()) : null;
        String pattern = parts[parts.length - 1];
        return new PublicPath(method, pattern, PathPatternParser.defaultInstance.parse(pattern));
    }

    /** Whether a request with this method to this path (or path template) needs no token. */
    public boolean matches(HttpMethod requestMethod, String path) {
        return opens(requestMethod) && parsed.matches(PathContainer.parsePath(path));
    }

    /** The methods this entry opens: its own (GET bringing HEAD along), or every one. */
    public boolean opens(HttpMethod requestMethod) {
        return method == null || method.equals(requestMethod)
                || (HttpMethod.GET.equals(method) && HttpMethod.HEAD.equals(requestMethod));
    }
}
