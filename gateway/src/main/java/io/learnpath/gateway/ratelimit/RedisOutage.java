package io.learnpath.gateway.ratelimit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Whether the rate limiters can reach Redis, told to operators once per change (a log line) and all along
 * (the gauge {@code learnpath.gateway.ratelimit.redis.down}, 1 while down; the counter
 * {@code learnpath.gateway.ratelimit.redis.unavailable} per route and policy, one per request decided without
 * Redis). Replaces Spring Cloud Gateway's own ERROR line with a stack trace per request.
 */
@Component
class RedisOutage {

    private static final Logger log = LoggerFactory.getLogger(RedisOutage.class);

    private final AtomicBoolean down = new AtomicBoolean();
    private final MeterRegistry meters;

    RedisOutage(MeterRegistry meters) {
        this.meters = meters;
        Gauge.builder("learnpath.gateway.ratelimit.redis.down", down, state -> state.get() ? 1 : 0)
                .description("1 while the rate limiters cannot reach Redis and follow their fallback policy")
                .register(meters);
    }

    void decidedWithoutRedis(String routeId, WhenRedisIsDown policy) {
        meters.counter("learnpath.gateway.ratelimit.redis.unavailable", "route", routeId, "policy", policy.name())
                .increment();
        if (down.compareAndSet(false, true)) {
            log.warn("Rate limiting cannot reach Redis: the API budget lets requests through, the credentials"
                    + " budget limits per gateway instance, until Redis answers again");
        }
    }

    void redisAnswered() {
        if (down.compareAndSet(true, false)) {
            log.info("Rate limiting reaches Redis again: budgets are shared by every gateway instance again");
        }
    }
}
