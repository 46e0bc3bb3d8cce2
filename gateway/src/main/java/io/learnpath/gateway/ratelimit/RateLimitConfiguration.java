package io.learnpath.gateway.ratelimit;

import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Redis token buckets shared by every gateway replica, referenced from the routes in {@code application.yml} as
 * {@code #{@apiRateLimiter}} and {@code #{@credentialsRateLimiter}}.
 *
 * <p>When Redis is unreachable, each budget follows its {@link WhenRedisIsDown} policy ({@link FailoverRateLimiter}):
 * the API budget lets requests through (losing rate limiting for a while is better than losing the whole API), the
 * credentials budget keeps limiting per gateway instance. Lettuce fails commands at once while the connection is
 * down (the platform's Redis defaults), so that decision is quick.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    // Static: a post-processor is created before the other beans, without this configuration's dependencies.
    @Bean
    static RateLimiterScriptLoadedOnce rateLimiterScriptLoadedOnce() {
        return new RateLimiterScriptLoadedOnce();
    }

    @Bean
    @Primary
    RedisRateLimiter apiRateLimiter(RateLimitProperties limits, RedisOutage outage) {
        return new FailoverRateLimiter(limits.api(), outage);
    }

    @Bean
    RedisRateLimiter credentialsRateLimiter(RateLimitProperties limits, RedisOutage outage) {
        return new FailoverRateLimiter(limits.credentials(), outage);
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
}
