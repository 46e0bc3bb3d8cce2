package io.learnpath.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The service's clock for integration tests: real time until a test sets it, then that instant until the test
 * moves it or {@link #followRealTime() lets go}. Days, streaks and paces are tested at chosen instants (a
 * daylight-saving night, a week later) instead of waiting. {@link ProgressIntegrationTest} installs it for every
 * test class, so they share one application context, and lets go after each test.
 */
public final class MovableClock extends Clock {

    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    public void setTo(Instant instant) {
        fixed.set(instant);
    }

    public void setTo(String isoInstant) {
        setTo(Instant.parse(isoInstant));
    }

    public void followRealTime() {
        fixed.set(null);
    }

    @Override
    public Instant instant() {
        Instant now = fixed.get();
        return now == null ? Instant.now() : now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** A view in another zone that moves with this clock, as {@code LocalDate.now(clock.withZone(zone))} needs. */
    @Override
    public Clock withZone(ZoneId zone) {
        MovableClock source = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return source.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }
        };
    }

    /** Puts the movable clock in place of the platform's, which steps back when a {@code Clock} bean exists. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class InPlaceOfTheServiceClock {

        @Bean
        MovableClock clock() {
            return new MovableClock();
        }
    }
}
