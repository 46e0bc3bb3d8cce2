package io.learnpath.auth.signin.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private final LockoutPolicy policy = new LockoutPolicy(5, Duration.ofSeconds(30), Duration.ofMinutes(15));

    @Test
    void theFirstFailuresCostNothing() {
        for (int failures = 0; failures <= 5; failures++) {
            assertThat(policy.lockedUntil(failures, NOW)).as("%d failures", failures).isEmpty();
        }
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUpToTheLongest() {
        assertThat(policy.lockedUntil(6, NOW)).contains(NOW.plusSeconds(30));
        assertThat(policy.lockedUntil(7, NOW)).contains(NOW.plusSeconds(60));
        assertThat(policy.lockedUntil(8, NOW)).contains(NOW.plusSeconds(120));
        assertThat(policy.lockedUntil(11, NOW)).contains(NOW.plus(Duration.ofMinutes(15)));
        assertThat(policy.lockedUntil(1_000_000, NOW)).contains(NOW.plus(Duration.ofMinutes(15)));
    }

    @Test
    void refusesSettingsThatMakeNoSense() {
        assertThatThrownBy(() -> new LockoutPolicy(0, Duration.ofSeconds(30), Duration.ofMinutes(15)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LockoutPolicy(5, Duration.ofMinutes(30), Duration.ofMinutes(15)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
