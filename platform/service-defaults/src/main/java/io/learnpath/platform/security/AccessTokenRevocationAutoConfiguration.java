package io.learnpath.platform.security;

import io.learnpath.platform.defaults.ClockAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

/**
 * Offers the revocation check to every hop that checks access tokens: {@link AccessTokenRevocations} to the
 * servlet services, {@link ReactiveAccessTokenRevocations} to the gateway. Each needs Redis, and on purpose
 * without a fallback: a service without Redis fails to start (the resource server's filter chain asks for the
 * check) rather than silently accepting the tokens of a disabled account.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
        "org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" },
        after = ClockAutoConfiguration.class)
@ConditionalOnClass({ StringRedisTemplate.class, Jwt.class })
@EnableConfigurationProperties(TokenRevocationProperties.class)
public class AccessTokenRevocationAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class ServletRevocations {

        @Bean
        AccessTokenRevocations accessTokenRevocations(StringRedisTemplate redis,
                TokenRevocationProperties properties, Clock clock, MeterRegistry meters) {
            return new AccessTokenRevocations(redis, properties, clock, new RevocationOutcomes(meters, clock));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
    @ConditionalOnClass({ ReactiveStringRedisTemplate.class, Mono.class })
    static class ReactiveRevocations {

        @Bean
        ReactiveAccessTokenRevocations reactiveAccessTokenRevocations(ReactiveStringRedisTemplate redis,
                TokenRevocationProperties properties, Clock clock, MeterRegistry meters) {
            return new ReactiveAccessTokenRevocations(redis, properties, clock,
                    new RevocationOutcomes(meters, clock));
        }
    }
}
