package io.learnpath.platform.defaults;

import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The one clock every service reads the time from (UTC). Inject {@link Clock} rather than calling
 * {@code Instant.now()}: rules that depend on time (streaks, lockouts, token expiry) can then be tested with a
 * fixed or adjustable clock by declaring a {@code Clock} bean in the test.
 */
@AutoConfiguration
public class ClockAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
