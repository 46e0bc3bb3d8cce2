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

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The service's clock is UTC");
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
