package io.learnpath.platform.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class PlatformMigrationsAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PlatformMigrationsAutoConfiguration.class));

    @Test
    void addsThePlatformsTablesToTheServicesOwnMigrationsOnce() {
        runner.run(context -> {
            FlywayConfigurationCustomizer customizer = context.getBean(FlywayConfigurationCustomizer.class);
            FluentConfiguration configuration = Flyway.configure().locations("classpath:db/migration");

            customizer.customize(configuration);
            customizer.customize(configuration);

            assertThat(Arrays.stream(configuration.getLocations()).map(Location::getDescriptor))
                    .containsExactly("classpath:db/migration", "classpath:db/platform");
        });
    }

    @Test
    void backsOffWithoutFlyway() {
        runner.withClassLoader(new FilteredClassLoader(FlywayConfigurationCustomizer.class))
                .run(context -> assertThat(context).doesNotHaveBean(FlywayConfigurationCustomizer.class));
    }
}
