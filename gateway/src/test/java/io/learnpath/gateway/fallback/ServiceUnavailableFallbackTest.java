package io.learnpath.gateway.fallback;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.gateway.GatewayIntegrationTest;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/**
 * progress-service is down in these tests (see {@link GatewayIntegrationTest}); {@code /api/content/roadmaps/slow} answers
 * only when the test lets it, after the time limits (reads 3 s, writes 5 s).
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
    void aReadThatIsNotAnsweredInTimeIsAServiceUnavailableProblemWithinTheReadLimit() {
        CountDownLatch downstreamAnswers = DOWNSTREAM.holdSlowRequests();
        String marker = marker();
        try {
            long started = System.nanoTime();
            gateway().get().uri("/api/content/roadmaps/slow?" + marker)
                    .exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("https://learnpath.io/problems/service-unavailable")
                    .jsonPath("$.instance").isEqualTo("/api/content/roadmaps/slow");

            // The stub holds the request for 30 s: the answer came from the read limit (3 s), with room for a
            // busy machine, not from the stub or the HTTP client's 15 s.
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
            assertThat(DOWNSTREAM.receivedWith(marker)).as("attempts of a read").hasSizeBetween(2, 3);
        } finally {
            downstreamAnswers.countDown();
        }
    }

    @Test
    void aWriteThatIsNotAnsweredInTimeIsAServiceUnavailableProblemAndIsNotRepeated() {
        CountDownLatch downstreamAnswers = DOWNSTREAM.holdSlowRequests();
        String marker = marker();
        try {
            long started = System.nanoTime();
            gateway().post().uri("/api/content/roadmaps/slow?" + marker)
                    .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{}")
                    .exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(9));
            assertThat(DOWNSTREAM.receivedWith(marker)).as("a write is sent once").hasSize(1);
        } finally {
            downstreamAnswers.countDown();
        }
    }
}
