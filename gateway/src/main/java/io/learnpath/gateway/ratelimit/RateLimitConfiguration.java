package io.learnpath.gateway.ratelimit;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Redis token buckets shared by every gateway replica, referenced from the routes in {@code application.yml} as
 * {@code #{@apiRateLimiter}} and {@code #{@credentialsRateLimiter}}.
 *
 * <p>When Redis is unreachable, {@link RedisRateLimiter} logs the failure and lets the request through: losing
 * rate limiting for a while is better than losing the whole API. The Lettuce options below make that decision
 * quick: while the connection is down commands fail at once instead of queueing until the command timeout.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    @Primary
    RedisRateLimiter apiRateLimiter(RateLimitProperties limits) {
        return limiter(limits.api());
    }

    @Bean
    RedisRateLimiter credentialsRateLimiter(RateLimitProperties limits) {
        return limiter(limits.credentials());
    }

    // The default for every route; sign-in routes name clientAddressKeyResolver explicitly.
    @Bean
    @Primary
    LearnerOrAddressKeyResolver learnerOrAddressKeyResolver() {
        return new LearnerOrAddressKeyResolver();
    }

    @Bean
    ClientAddressKeyResolver clientAddressKeyResolver() {
        return new ClientAddressKeyResolver();
    }

    private static RedisRateLimiter limiter(RateLimitProperties.Budget budget) {
        return new RedisRateLimiter(budget.replenishRate(), budget.burstCapacity(), budget.requestedTokens());
    }
}
