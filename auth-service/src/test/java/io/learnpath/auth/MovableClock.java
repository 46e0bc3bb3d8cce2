package io.learnpath.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The service's clock, which a test moves forward instead of waiting. Test classes that
 * {@code @Import(MovableClock.InPlaceOfTheServiceClock.class)} share one application context with it.
 */
public final class MovableClock extends Clock {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

    public void advance(Duration duration) {
        now.updateAndGet(instant -> instant.plus(duration));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The service's clock is UTC");
    }

    /** Puts a movable clock in place of the platform's, which steps back when a {@code Clock} bean exists. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class InPlaceOfTheServiceClock {

        @Bean
        MovableClock clock() {
            return new MovableClock();
        }
    }
}
