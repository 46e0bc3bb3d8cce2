package io.learnpath.platform.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A service's clock for integration tests: real time until a test sets or moves it, then that instant until the
 * test moves it again or {@link #followRealTime() lets go}. Days, streaks, expiries and reminders are tested at
 * chosen instants (a daylight-saving night, a week later) instead of waiting. A test base that
 * {@code @Import(MovableClock.InPlaceOfTheServiceClock.class)}s it for every test class keeps one shared
 * application context, and should let go after each test.
 */
public final class MovableClock extends Clock {

    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    public void setTo(Instant instant) {
        fixed.set(instant);
    }

    public void setTo(String isoInstant) {
        setTo(Instant.parse(isoInstant));
    }

    /** Stops the clock where it is now, moved on by {@code duration}. */
    public void advance(Duration duration) {
        fixed.set(instant().plus(duration));
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
