package io.learnpath.platform.redis;

import io.lettuce.core.ClientOptions;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.annotation.Bean;

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
}
