package io.learnpath.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.platform.defaults.ClockAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Servlet services get the blocking check, with a safe default TTL. (The gateway's reactive check needs WebFlux on
 * the classpath, which this module does not have: the gateway's own tests start it.)
 */
class AccessTokenRevocationAutoConfigurationTest {

    private static final AutoConfigurations REVOCATION = AutoConfigurations.of(
            AccessTokenRevocationAutoConfiguration.class, ClockAutoConfiguration.class,
            DataRedisAutoConfiguration.class);

    @Test
    void aServletServiceGetsTheBlockingCheckKeptSixteenMinutesByDefault() {
        new WebApplicationContextRunner().withConfiguration(REVOCATION)
                .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
                .run(context -> {
                    assertThat(context).hasSingleBean(AccessTokenRevocations.class)
                            .doesNotHaveBean(ReactiveAccessTokenRevocations.class);
                    assertThat(context.getBean(TokenRevocationProperties.class).revocationTtl()).hasMinutes(16);
                });
    }

    @Test
    void withoutSpringDataRedisNothingIsConfigured() {
        new WebApplicationContextRunner().withConfiguration(REVOCATION)
                .withClassLoader(new FilteredClassLoader(StringRedisTemplate.class))
                .run(context -> assertThat(context).doesNotHaveBean(AccessTokenRevocationAutoConfiguration.class));
    }
}
