package io.learnpath.platform.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Redis is never a service's source of truth here (rate-limit buckets, a read cache, live fan-out), so while it
 * is unreachable a command must fail at once and let the caller carry on (fail open, read the database, skip the
 * live push) rather than queue in Lettuce until its timeout. Together with the short timeouts in the platform
 * defaults this keeps a Redis outage from stalling requests or Kafka consumers.
 */
@AutoConfiguration
@ConditionalOnClass({ ClientOptions.class, LettuceClientOptionsBuilderCustomizer.class })
public class RedisDefaultsAutoConfiguration {

    @Bean
    LettuceClientOptionsBuilderCustomizer failFastWhileRedisIsDown() {
        return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }

    /**
     * Reconnects within a couple of seconds of Redis coming back. Lettuce's default back-off doubles up to 30 s, so
     * after an outage of a minute the caches, rate limits and live fan-out could stay off for another half minute
     * while Redis is already there; an attempt every 2 s at most costs a refused connection each while it is not.
     */
    @Bean
    ClientResourcesBuilderCustomizer reconnectSoonAfterRedisIsBack(Environment environment) {
        Duration maxReconnectDelay = environment.getProperty("learnpath.redis.max-reconnect-delay", Duration.class,
                Duration.ofSeconds(2));
        return resources -> resources.reconnectDelay(Delay.exponential(Duration.ofMillis(100), maxReconnectDelay, 2,
                TimeUnit.MILLISECONDS));
    }
}
