package io.learnpath.auth.signin.policy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long an account stays locked after consecutive failed sign-ins, as Keycloak's brute-force detection does:
 * the first {@code freeFailures} cost nothing, then each further failure locks the account for a wait that doubles
 * from {@code firstWait} up to {@code longestWait}. A success resets the count; the lock is never permanent, so an
 * attacker can delay a learner but never take the account away.
 */
public record LockoutPolicy(int freeFailures, Duration firstWait, Duration longestWait) {

    public LockoutPolicy {
        if (freeFailures < 1 || firstWait.isNegative() || firstWait.isZero() || longestWait.compareTo(firstWait) < 0) {
            throw new IllegalArgumentException("A lockout needs at least one free failure and 0 < first ≤ longest");
        }
    }

    /** Until when the account is locked after {@code consecutiveFailures} failures, the last one at {@code now}. */
    public Optional<Instant> lockedUntil(int consecutiveFailures, Instant now) {
        int beyond = consecutiveFailures - freeFailures;
        if (beyond < 1) {
            return Optional.empty();
        }
        // 2^(beyond-1) waits, capped before it can overflow.
        long factor = 1L << Math.min(beyond - 1, 30);
        Duration wait = firstWait.multipliedBy(factor);
        return Optional.of(now.plus(wait.compareTo(longestWait) > 0 ? longestWait : wait));
    }
}
