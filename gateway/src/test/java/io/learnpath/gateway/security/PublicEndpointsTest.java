package io.learnpath.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;

class PublicEndpointsTest {

    private final ServerWebExchangeMatcher publicEndpoints = PublicEndpoints.matcher(
            List.of("POST /api/auth/login", "GET /api/content/roadmaps/**", "/api/auth/.well-known/**",
                    "POST /api/content/topics/*/questions/*/answers", "GET /api/*/v3/api-docs/**"));

    @ParameterizedTest(name = "{0} {1} public: {2}")
    @CsvSource({
            "POST, /api/auth/login, true",
            "GET, /api/auth/login, false",
            "GET, /api/content/roadmaps/backend, true",
            "HEAD, /api/content/roadmaps/backend, true",
            "HEAD, /api/content/draft/topics/dns, false",
            "POST, /api/content/roadmaps, false",
            "POST, /api/content/topics/dns/questions/dns-ttl/answers, true",
            "POST, /api/content/topics/dns/questions/dns-ttl/answers/more, false",
            "GET, /api/content/draft/topics/dns, false",
            "DELETE, /api/auth/.well-known/jwks.json, true",
            "GET, /actuator/health/readiness, true",
            "GET, /actuator/prometheus, true",
            "GET, /actuator/env, false",
            "PUT, /fallback/progress-service, true",
            "GET, /api/progress/summary, false",
            "GET, /api/progress/v3/api-docs, true",
            "GET, /api/notifications/v3/api-docs/swagger-config, true",
            "POST, /api/progress/v3/api-docs, false",
            "GET, /swagger-ui.html, true",
            "GET, /webjars/swagger-ui/index.html, true",
            "GET, /v3/api-docs/swagger-config, true",
            "GET, /v3/api-docs, false",
            "POST, /swagger-ui.html, false" })
    void matches(String method, String path, boolean open) {
        MockServerWebExchange exchange = MockServerWebExchange.from(
                MockServerHttpRequest.method(HttpMethod.valueOf(method), path));

        assertThat(publicEndpoints.matches(exchange).block().isMatch()).isEqualTo(open);
    }
}
