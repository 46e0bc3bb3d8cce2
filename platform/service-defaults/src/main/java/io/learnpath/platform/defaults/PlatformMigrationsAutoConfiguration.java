package io.learnpath.platform.defaults;

import java.util.Arrays;
import java.util.stream.Stream;
import org.flywaydb.core.api.Location;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Adds the platform's own tables (the outbox's event publication registry and the consumers' processed-event
 * ledger) to every service's Flyway run. They carry versions below 1 ({@code V0_1}, ...) so they always run
 * before the service's own migrations.
 */
@AutoConfiguration
@ConditionalOnClass(FlywayConfigurationCustomizer.class)
public class PlatformMigrationsAutoConfiguration {

    static final String PLATFORM_LOCATION = "classpath:db/platform";

    @Bean
    FlywayConfigurationCustomizer platformMigrations() {
        return configuration -> {
            Location[] own = configuration.getLocations();
            Location platform = new Location(PLATFORM_LOCATION);
            if (Arrays.stream(own).noneMatch(location -> location.getDescriptor().equals(platform.getDescriptor()))) {
                configuration.locations(Stream.concat(Arrays.stream(own), Stream.of(platform))
                        .toArray(Location[]::new));
            }
        };
    }
}
