package io.learnpath.gateway.routing;

import io.learnpath.gateway.GatewayIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class UnknownPathTest extends GatewayIntegrationTest {

    @ParameterizedTest(name = "{0} is a 404 problem")
    @ValueSource(strings = { "/api/payments/42", "/nowhere", "/api",
            // Probes and metrics are on the management port; the registry is never routed.
            "/actuator/prometheus", "/actuator/health", "/actuator/env", "/eureka/apps", "/eureka/apps/AUTH-SERVICE" })
    void aPathNoRouteServesIsANotFoundProblem(String path) {
        gateway().get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://learnpath.io/problems/not-found")
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.instance").isEqualTo(path);
    }
}
