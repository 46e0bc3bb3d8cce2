package io.learnpath.gateway.fallback;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.learnpath.gateway.GatewayIntegrationTest;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.gateway.support.NotFoundException;

/** Which failures count against a service, as the gateway's breakers are configured. */
class CircuitBreakerConfigurationTest extends GatewayIntegrationTest {

    @Autowired
    CircuitBreakerRegistry breakers;

    @Autowired
    TimeLimiterRegistry timeLimiters;

    @Test
    void aServiceWithNoRegisteredInstanceDoesNotOpenItsBreaker() {
        CircuitBreaker breaker = breakers.circuitBreaker("not-registered-yet");

        for (int call = 0; call < 50; call++) {
            breaker.onError(0, TimeUnit.MILLISECONDS,
                    NotFoundException.create(true, "Unable to find instance for not-registered-yet"));
        }

        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void aServiceThatFailsOpensItsBreaker() {
        CircuitBreaker breaker = breakers.circuitBreaker("failing");

        for (int call = 0; call < 50; call++) {
            breaker.onError(0, TimeUnit.MILLISECONDS, new IOException("Connection refused"));
        }

        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void failuresCountOnlyWithinATimeWindowSoOldStartUpCallsCannotTipABreakerLater() {
        CircuitBreakerConfig config = breakers.circuitBreaker("content-service").getCircuitBreakerConfig();

        assertThat(config.getSlidingWindowType()).isEqualTo(CircuitBreakerConfig.SlidingWindowType.TIME_BASED);
        assertThat(config.getSlidingWindowSize()).as("seconds").isEqualTo(10);
        assertThat(config.getMinimumNumberOfCalls()).isEqualTo(5);
    }

    @Test
    void readsMustAnswerWithinThreeSecondsAndWritesWithinFive() {
        for (String service : new String[] { "auth-service", "content-service", "progress-service",
                "notification-service" }) {
            assertThat(timeLimiters.timeLimiter(service + "-reads").getTimeLimiterConfig().getTimeoutDuration())
                    .isEqualTo(Duration.ofSeconds(3));
            assertThat(timeLimiters.timeLimiter(service).getTimeLimiterConfig().getTimeoutDuration())
                    .isEqualTo(Duration.ofSeconds(5));
        }
    }
}
