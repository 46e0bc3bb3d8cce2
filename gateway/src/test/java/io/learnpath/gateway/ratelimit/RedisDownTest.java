package io.learnpath.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.gateway.GatewayIntegrationTest;
import io.learnpath.platform.infrastructure.FreePorts;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A gateway whose Redis is unreachable: the API budget and the revocation check fail open rather than taking the
 * API down with them, the sign-in budget keeps limiting in the gateway's memory, and all of it is counted.
 */
class RedisDownTest extends GatewayIntegrationTest {

    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void unreachableRedis(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.port", FreePorts::any);
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void apiRequestsPassWhileRedisIsUnreachableAndTheOutageIsCounted(CapturedOutput output) {
        double decidedWithoutRedis = decidedWithoutRedis("content-service-reads", "LET_THROUGH");

        for (int request = 0; request < 60; request++) {
            gateway().get().uri("/api/content/roadmaps")
                    .exchange()
                    .expectStatus().isOk();
        }

        assertThat(decidedWithoutRedis("content-service-reads", "LET_THROUGH")).isEqualTo(decidedWithoutRedis + 60);
        assertThat(meters.get("learnpath.gateway.ratelimit.redis.down").gauge().value()).isEqualTo(1);
        // RedisOutage says it once per outage; the limiter itself would log an ERROR per request.
        assertThat(output.getOut()).doesNotContain("Error calling rate limiter");
    }

    @Test
    void signInKeepsItsBudgetPerGatewayInstanceWhileRedisIsUnreachable() {
        // The test budget: bursts of 3, one more a second. The address is the test's loopback address.
        int accepted = 0;
        int refused = 0;
        for (int request = 0; request < 12; request++) {
            int status = gateway().post().uri("/api/auth/login")
                    .bodyValue("{}")
                    .exchange()
                    .returnResult(String.class).getStatus().value();
            if (status == 200) {
                accepted++;
            } else {
                assertThat(status).isEqualTo(429);
                refused++;
            }
        }

        assertThat(accepted).as("the burst, and what refilled meanwhile").isBetween(3, 11);
        assertThat(refused).isPositive();
        assertThat(decidedWithoutRedis("auth-credentials", "LIMIT_LOCALLY")).isGreaterThanOrEqualTo(12);
    }

    @Test
    void theRevocationCheckFailsOpenAndCountsTheTokensItLetThroughUnchecked() {
        double uncheckedBefore = uncheckedTokens();

        gateway().get().uri("/api/notifications/unread")
                .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                .exchange()
                .expectStatus().isOk();

        assertThat(uncheckedTokens()).isEqualTo(uncheckedBefore + 1);
    }

    private double decidedWithoutRedis(String route, String policy) {
        Counter counter = meters.find("learnpath.gateway.ratelimit.redis.unavailable").tag("route", route)
                .tag("policy", policy).counter();
        return counter == null ? 0 : counter.count();
    }

    private double uncheckedTokens() {
        Counter unchecked = meters.find("learnpath.security.revocation.checks").tag("outcome", "unchecked").counter();
        return unchecked == null ? 0 : unchecked.count();
    }
}
