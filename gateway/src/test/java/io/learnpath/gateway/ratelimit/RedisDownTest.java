package io.learnpath.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.gateway.GatewayIntegrationTest;
import io.learnpath.platform.infrastructure.FreePorts;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A gateway whose Redis is unreachable: rate limiting and the revocation check fail open rather than taking the API
 * down with them, and the tokens let through unchecked are counted.
 */
class RedisDownTest extends GatewayIntegrationTest {

    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void unreachableRedis(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.port", FreePorts::any);
    }

    @Test
    void requestsPassWhileRedisIsUnreachable() {
        for (int request = 0; request < 5; request++) {
            gateway().post().uri("/api/auth/login")
                    .bodyValue("{}")
                    .exchange()
                    .expectStatus().isOk();
        }
        double uncheckedBefore = uncheckedTokens();

        gateway().get().uri("/api/notifications/unread")
                .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                .exchange()
                .expectStatus().isOk();

        assertThat(uncheckedTokens()).isEqualTo(uncheckedBefore + 1);
    }

    private double uncheckedTokens() {
        Counter unchecked = meters.find("learnpath.security.revocation.checks").tag("outcome", "unchecked").counter();
        return unchecked == null ? 0 : unchecked.count();
    }
}
