package io.learnpath.platform.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.ClientOptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
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
