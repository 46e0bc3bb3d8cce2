package io.learnpath.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.gateway.GatewayIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

class RateLimitTest extends GatewayIntegrationTest {

    @Autowired
    ReactiveStringRedisTemplate redis;

    @Test
    void signInAttemptsBeyondTheBurstAreRefusedWithATooManyRequestsProblem() {
        // The credentials bucket holds 3 tokens here and refills one per second, so at the latest the 5th
        // request inside one second is refused; a few more attempts absorb a refill at a second boundary.
        EntityExchangeResult<byte[]> refused = null;
        for (int attempt = 0; attempt < 12 && refused == null; attempt++) {
            EntityExchangeResult<byte[]> result = gateway().post().uri("/api/auth/login")
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"email\":\"guess@example.com\",\"password\":\"guess-" + attempt + "\"}")
                    .exchange()
                    .expectBody().returnResult();
            if (attempt == 0) {
                assertThat(result.getStatus()).isEqualTo(HttpStatus.OK);
            }
            if (result.getStatus() == HttpStatus.TOO_MANY_REQUESTS) {
                refused = result;
            }
        }

        assertThat(refused).as("a refused sign-in attempt").isNotNull();
        HttpHeaders headers = refused.getResponseHeaders();
        assertThat(headers.getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(headers.getFirst("X-RateLimit-Remaining")).isEqualTo("0");
        assertThat(headers.getFirst("X-RateLimit-Burst-Capacity")).isEqualTo("3");
        assertThat(headers.getFirst("X-RateLimit-Replenish-Rate")).isEqualTo("1");
        assertThat(headers.getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(new String(refused.getResponseBody()))
                .contains("\"type\":\"https://learnpath.io/problems/too-many-requests\"")
                .contains("\"status\":429")
                .contains("\"instance\":\"/api/auth/login\"");
    }

    @Test
    void anAuthenticatedLearnerDrawsFromTheirOwnBucket() {
        UUID learner = UUID.randomUUID();

        gateway().get().uri("/api/notifications/unread")
                .header(HttpHeaders.AUTHORIZATION, bearer(TOKENS.learner(learner)))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-RateLimit-Burst-Capacity", "40");

        // Buckets expire a few seconds after their last use; read this one straight away.
        assertThat(redis.hasKey("request_rate_limiter.{notification-service-reads.learner:" + learner + "}.tokens")
                .block()).isTrue();
    }

    @Test
    void anAnonymousCallerDrawsFromTheBucketOfItsAddressNotOfTheAddressItClaims() {
        gateway().get().uri("/api/content/roadmaps")
                .header("X-Forwarded-For", "203.0.113.9")
                .exchange()
                .expectStatus().isOk();

        assertThat(redis.hasKey("request_rate_limiter.{content-service-reads.address:127.0.0.1}.tokens").block())
                .isTrue();
        assertThat(redis.hasKey("request_rate_limiter.{content-service-reads.address:203.0.113.9}.tokens").block())
                .isFalse();
    }
}
