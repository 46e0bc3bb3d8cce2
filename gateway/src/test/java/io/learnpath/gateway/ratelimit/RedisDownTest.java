package io.learnpath.gateway.ratelimit;

import io.learnpath.gateway.GatewayIntegrationTest;
import io.learnpath.platform.infrastructure.FreePorts;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A gateway whose Redis is unreachable: rate limiting fails open rather than taking the API down with it. */
class RedisDownTest extends GatewayIntegrationTest {

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
        gateway().get().uri("/api/notifications/unread")
                .header(HttpHeaders.AUTHORIZATION, bearer(validToken()))
                .exchange()
                .expectStatus().isOk();
    }
}
