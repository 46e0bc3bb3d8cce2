package io.learnpath.platform.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.DefaultClientResources;
import io.lettuce.core.resource.Delay;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.redis.autoconfigure.ClientResourcesBuilderCustomizer;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class RedisDefaultsAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(RedisDefaultsAutoConfiguration.class));

    @Test
    void commandsFailAtOnceWhileRedisIsUnreachable() {
        runner.run(context -> {
            ClientOptions.Builder options = ClientOptions.builder();
            context.getBean(LettuceClientOptionsBuilderCustomizer.class).customize(options);

            assertThat(options.build().getDisconnectedBehavior())
                    .isEqualTo(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
        });
    }

    @Test
    void reconnectsWithinTwoSecondsOfRedisComingBack() {
        runner.run(context -> {
            DefaultClientResources.Builder builder = DefaultClientResources.builder();
            context.getBean(ClientResourcesBuilderCustomizer.class).customize(builder);
            ClientResources resources = builder.build();
            try {
                Delay delay = resources.reconnectDelay();
                assertThat(delay.createDelay(1)).isLessThanOrEqualTo(Duration.ofMillis(200));
                for (long attempt = 1; attempt < 40; attempt++) {
                    assertThat(delay.createDelay(attempt)).isLessThanOrEqualTo(Duration.ofSeconds(2));
                }
            } finally {
                resources.shutdown();
            }
        });
    }

    @Test
    void backsOffWithoutLettuce() {
        runner.withClassLoader(new FilteredClassLoader(ClientOptions.class))
                .run(context -> assertThat(context).doesNotHaveBean(LettuceClientOptionsBuilderCustomizer.class));
    }

    @Test
    void backsOffWithoutSpringDataRedis() {
        runner.withClassLoader(new FilteredClassLoader(LettuceClientOptionsBuilderCustomizer.class))
                .run(context -> assertThat(context).doesNotHaveBean(RedisDefaultsAutoConfiguration.class));
    }
}
