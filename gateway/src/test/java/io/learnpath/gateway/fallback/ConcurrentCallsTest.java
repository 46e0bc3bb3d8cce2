package io.learnpath.gateway.fallback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.gateway.GatewayIntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/**
 * Many calls to one service at once all reach it: the bulkhead Spring Cloud CircuitBreaker puts in front of every
 * breaker refused the 26th concurrent call with the 503 fallback until its limit was configured (application.yml).
 */
class ConcurrentCallsTest extends GatewayIntegrationTest {

    private static final int AT_ONCE = 60;

    @Test
    void sixtyReadsInFlightToOneServiceAllReachItAndAreAnswered() throws Exception {
        CountDownLatch downstreamAnswers = DOWNSTREAM.holdSlowRequests();
        String marker = marker();
        List<Future<Integer>> answers = new ArrayList<>();
        try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int call = 0; call < AT_ONCE; call++) {
                // A learner each, so that the per-learner rate limit is not what is tested (a path that needs a
                // token: on a public one the limit is per address).
                String token = TOKENS.learner(UUID.randomUUID());
                answers.add(clients.submit(() -> gateway().mutate().responseTimeout(Duration.ofSeconds(10)).build()
                        .get().uri("/api/notifications/slow?" + marker)
                        .header(HttpHeaders.AUTHORIZATION, bearer(token))
                        .exchange()
                        .returnResult(String.class)
                        .getStatus().value()));
            }
            // Within the read's time limit (3 s); an attempt held past 1.4 s is tried again, hence "at least".
            await().atMost(Duration.ofSeconds(2)).until(() -> DOWNSTREAM.receivedWith(marker).size() >= AT_ONCE);
            downstreamAnswers.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            downstreamAnswers.countDown();
        }
    }
}
