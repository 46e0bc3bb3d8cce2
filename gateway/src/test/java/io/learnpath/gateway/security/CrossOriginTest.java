package io.learnpath.gateway.security;

import io.learnpath.gateway.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class CrossOriginTest extends GatewayIntegrationTest {

    @Test
    void aFrontendOriginMayCallWithATokenAndConditionalHeaders() {
        gateway().options().uri("/api/progress/summary")
                .header(HttpHeaders.ORIGIN, "http://localhost:5173")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "PUT")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,if-match,content-type")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS,
                        methods -> org.assertj.core.api.Assertions.assertThat(methods).contains("PUT"))
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
                        headers -> org.assertj.core.api.Assertions.assertThat(headers.toLowerCase())
                                .contains("authorization", "if-match", "content-type"));
    }

    @Test
    void responsesExposeTheHeadersAFrontendNeeds() {
        gateway().get().uri("/api/content/roadmaps")
                .header(HttpHeaders.ORIGIN, "http://localhost:3000")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:3000")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
                        exposed -> org.assertj.core.api.Assertions.assertThat(exposed)
                                .contains("ETag", "Location", "X-RateLimit-Remaining"));
    }

    @Test
    void anUnknownOriginIsRefused() {
        gateway().options().uri("/api/progress/summary")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }
}
