package io.learnpath.gateway.security;

import io.learnpath.platform.security.PublicPath;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.PathPatternParserServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;

/**
 * What the gateway lets through without an access token. The API part comes from
 * {@code learnpath.security.jwt.public-paths}, written as the services write it ({@code "GET /api/content/**"}, or
 * {@code "/path"} for any method), so one notation describes public paths on every hop. Probes, the scrape
 * endpoint and the circuit breakers' fallbacks are always open: a fallback is reached by a forward inside the
 * gateway, and answering 503 to someone who calls it directly gives nothing away. So is reading Swagger UI.
 */
final class PublicEndpoints {

    static final List<String> ALWAYS_OPEN = List.of("/actuator/health", "/actuator/health/**", "/actuator/prometheus",
            "/fallback/**");

    /**
     * Swagger UI: its page, its assets and its configuration (the documents it shows are public paths), and the
     * AsyncAPI documents of the events we publish, with their index.
     */
    static final List<String> API_DOCUMENTATION = List.of("/swagger-ui.html", "/swagger-ui/**", "/webjars/**",
            "/v3/api-docs/swagger-config", "/api-docs/asyncapi", "/api-docs/asyncapi/*");

    private PublicEndpoints() {
    }

    static ServerWebExchangeMatcher matcher(List<String> publicPaths) {
        List<ServerWebExchangeMatcher> matchers = new ArrayList<>();
        ALWAYS_OPEN.forEach(path -> matchers.add(new PathPatternParserServerWebExchangeMatcher(path)));
        API_DOCUMENTATION.forEach(path -> matchers.add(new PathPatternParserServerWebExchangeMatcher(path,
                HttpMethod.GET)));
        publicPaths.forEach(entry -> matchers.add(parse(entry)));
        return new OrServerWebExchangeMatcher(matchers);
    }

    static ServerWebExchangeMatcher parse(String entry) {
        PublicPath path = PublicPath.parse(entry);
        if (path.method() == null) {
            return new PathPatternParserServerWebExchangeMatcher(path.pattern());
        }
        ServerWebExchangeMatcher own = new PathPatternParserServerWebExchangeMatcher(path.pattern(), path.method());
        // A GET entry opens HEAD too, as PublicPath says: a HEAD is a GET without the body.
        return path.opens(HttpMethod.HEAD) ? new OrServerWebExchangeMatcher(own,
                new PathPatternParserServerWebExchangeMatcher(path.pattern(), HttpMethod.HEAD)) : own;
    }
}
