package io.learnpath.gateway.fallback;

import io.learnpath.gateway.GatewayIntegrationTest;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * progress-service is down in these tests (see {@link GatewayIntegrationTest}); {@code /api/content/roadmaps/slow} answers
 * only when the test lets it, after the time limit.
 */
class ServiceUnavailableFallbackTest extends GatewayIntegrationTest {

    @ParameterizedTest(name = "{0} to a service that is down is a 503 problem")
    @ValueSource(strings = { "GET", "POST", "PUT", "PATCH", "DELETE" })
    void aServiceThatIsDownIsAServiceUnavailableProblem(String method) {
        gateway().method(HttpMethod.valueOf(method)).uri("/api/progress/topics/42/status")
                .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"status\":\"DONE\"}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://learnpath.io/problems/service-unavailable")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").isEqualTo("The progress-service is not available right now; try again shortly")
                .jsonPath("$.instance").isEqualTo("/api/progress/topics/42/status");
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsAServiceUnavailableProblem() {
        CountDownLatch downstreamAnswers = DOWNSTREAM.holdSlowRequests();
        try {
            gateway().get().uri("/api/content/roadmaps/slow")
                    .exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("https://learnpath.io/problems/service-unavailable")
                    .jsonPath("$.instance").isEqualTo("/api/content/roadmaps/slow");
        } finally {
            downstreamAnswers.countDown();
        }
    }
}
