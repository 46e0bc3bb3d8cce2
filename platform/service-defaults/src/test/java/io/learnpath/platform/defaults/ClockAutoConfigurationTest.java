package io.learnpath.platform.defaults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ClockAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ClockAutoConfiguration.class));

    @Test
    void offersTheSystemClockInUtc() {
        runner.run(context -> {
            Clock clock = context.getBean(Clock.class);
            assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
            assertThat(clock).isEqualTo(Clock.systemUTC());
        });
    }

    @Test
    void backsOffForAClockTheServiceOrTestDeclares() {
        Clock fixed = Clock.fixed(Instant.parse("2026-03-01T10:15:30Z"), ZoneId.of("Europe/Berlin"));
        runner.withBean(Clock.class, () -> fixed)
                .run(context -> assertThat(context).getBean(Clock.class).isSameAs(fixed));
    }
}
