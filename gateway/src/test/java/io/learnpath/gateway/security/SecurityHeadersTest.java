package io.learnpath.gateway.security;

import io.learnpath.gateway.GatewayIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;

/** The headers browsers need to protect a learner, on every kind of answer the gateway gives. */
class SecurityHeadersTest extends GatewayIntegrationTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "a routed answer, /api/content/roadmaps, true, 200",
            "an answer the gateway gives itself, /api/nowhere, true, 404",
            "a refusal, /api/progress/roadmaps/backend, false, 401" })
    void everyAnswerCarriesTheSecurityHeaders(String kind, String path, boolean withToken, int status) {
        gateway().get().uri(path)
                .headers(headers -> {
                    if (withToken) {
                        headers.set(HttpHeaders.AUTHORIZATION, bearer(validToken()));
                    }
                })
                .exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains");
    }
}
