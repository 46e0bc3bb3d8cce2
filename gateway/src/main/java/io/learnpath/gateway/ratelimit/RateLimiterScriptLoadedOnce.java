package io.learnpath.gateway.ratelimit;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * Keeps Spring Cloud Gateway's rate-limiter script (its token-bucket Lua) as text read once, instead of as the
 * classpath resource it is declared as.
 *
 * <p>Why: the gateway declares the script with a {@code ResourceScriptSource}, and Spring Data Redis asks such a
 * source whether the file changed each time it needs the script's SHA-1, which is once per rate-limited request. For
 * a resource inside the executable jar that means resolving a nested-jar URL and opening a connection to it: 9.5 %
 * of the gateway's CPU under load in the profile recorded for docs/performance.md, more than the token check. A
 * script inside a jar never changes while the jar runs. The gateway's bean has no {@code @ConditionalOnMissingBean},
 * so it cannot be replaced by declaring our own; this swaps the instance once it is built, keeping its text and
 * result type, so the limiter still sends {@code EVALSHA} (falling back to {@code EVAL} after a Redis restart) with
 * the very same script.
 */
final class RateLimiterScriptLoadedOnce implements BeanPostProcessor {

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (RedisRateLimiter.REDIS_SCRIPT_NAME.equals(beanName) && bean instanceof RedisScript<?> script) {
            return RedisScript.of(script.getScriptAsString(), script.getResultType());
        }
        return bean;
    }
}
