package io.learnpath.auth.signin;

import io.learnpath.auth.signin.policy.LockoutPolicy;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Brute-force protection, under {@code learnpath.auth.lockout}: after {@code free-failures} consecutive failures
 * each further one locks the account for {@code first-wait}, doubling up to {@code longest-wait}.
 */
@ConfigurationProperties("learnpath.auth.lockout")
record LockoutProperties(@DefaultValue("5") int freeFailures, @DefaultValue("30s") Duration firstWait,
        @DefaultValue("15m") Duration longestWait) {

    LockoutPolicy policy() {
        return new LockoutPolicy(freeFailures, firstWait, longestWait);
    }
}
