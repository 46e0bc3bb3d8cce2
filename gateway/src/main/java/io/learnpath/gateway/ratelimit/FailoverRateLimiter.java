package io.learnpath.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import reactor.core.publisher.Mono;

/**
 * Spring Cloud Gateway's Redis token buckets, with a {@link WhenRedisIsDown} policy for when Redis cannot be
 * reached. The Redis limiter then answers "allowed" with {@code -1} tokens left (and nothing else tells the
 * failure apart); this limiter recognises that answer and, for {@link WhenRedisIsDown#LIMIT_LOCALLY}, decides
 * with a Bucket4j bucket of the same budget kept in memory for the same key.
 */
class FailoverRateLimiter extends RedisRateLimiter {

    private final RateLimitProperties.Budget budget;
    private final RedisOutage outage;
    // Idle keys go after the time a bucket needs to refill completely: by then a fresh bucket is the same.
    private final Cache<String, Bucket> localBuckets;

    FailoverRateLimiter(RateLimitProperties.Budget budget, RedisOutage outage) {
        super(budget.replenishRate(), budget.burstCapacity(), budget.requestedTokens());
        this.budget = budget;
        this.outage = outage;
        this.localBuckets = Caffeine.newBuilder()
                .expireAfterAccess(Duration.ofSeconds(Math.max(1, budget.burstCapacity() / budget.replenishRate()) + 1))
                .maximumSize(100_000)
                .build();
    }

    @Override
    public Mono<Response> isAllowed(String routeId, String id) {
        return super.isAllowed(routeId, id).map(response -> {
            if (!"-1".equals(response.getHeaders().get(getRemainingHeader()))) {
                outage.redisAnswered();
                return response;
            }
            outage.decidedWithoutRedis(routeId, budget.whenRedisIsDown());
            return budget.whenRedisIsDown() == WhenRedisIsDown.LIMIT_LOCALLY ? locally(routeId + "." + id) : response;
        });
    }

    private Response locally(String key) {
        Bucket bucket = localBuckets.get(key, ignored -> Bucket.builder()
                .addLimit(limit -> limit.capacity(budget.burstCapacity())
                        .refillGreedy(budget.replenishRate(), Duration.ofSeconds(1)))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(budget.requestedTokens());
        return new Response(probe.isConsumed(), Map.of(
                getRemainingHeader(), String.valueOf(probe.getRemainingTokens()),
                getReplenishRateHeader(), String.valueOf(budget.replenishRate()),
                getBurstCapacityHeader(), String.valueOf(budget.burstCapacity()),
                getRequestedTokensHeader(), String.valueOf(budget.requestedTokens())));
    }
}
