package io.learnpath.gateway.ratelimit;

import io.learnpath.platform.outage.OutageLog;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Whether the rate limiters can reach Redis, told to operators once per change (a log line, by the platform's
 * {@link OutageLog}) and all along (the gauge {@code learnpath.gateway.ratelimit.redis.down}, 1 while down; the
 * counter {@code learnpath.gateway.ratelimit.redis.unavailable} per route and policy, one per request decided
 * without Redis). Replaces Spring Cloud Gateway's own ERROR line with a stack trace per request.
 */
@Component
class RedisOutage {

    private static final Logger log = LoggerFactory.getLogger(RedisOutage.class);

    private final OutageLog outage;
    private final MeterRegistry meters;

    RedisOutage(MeterRegistry meters, Clock clock) {
        this.meters = meters;
        this.outage = new OutageLog(log, "learnpath.gateway.ratelimit.redis.down", "rate-limit",
                "Redis (the rate limiters' shared budgets)",
                "the API budget lets requests through and the credentials budget limits per gateway instance",
                clock, meters);
    }

    void decidedWithoutRedis(String routeId, WhenRedisIsDown policy) {
        meters.counter("learnpath.gateway.ratelimit.redis.unavailable", "route", routeId, "policy", policy.name())
                .increment();
        // The limiter swallows Redis's error and answers "allowed, -1 left": there is no exception to tell.
        outage.failed("the rate limiter's script got no answer");
    }

    void redisAnswered() {
        outage.succeeded();
    }
}
