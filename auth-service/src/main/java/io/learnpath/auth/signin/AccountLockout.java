package io.learnpath.auth.signin;

import io.learnpath.auth.audit.AuditAction;
import io.learnpath.auth.audit.AuditTrail;
import io.learnpath.auth.mfa.GuessingLimit;
import io.learnpath.auth.signin.policy.LockoutPolicy;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The per-account brute-force lockout ({@link LockoutPolicy}), counted in PostgreSQL so every instance agrees. One
 * count for everything that guesses at an account: wrong passwords, wrong or missing MFA codes at sign-in, and wrong
 * codes at the MFA settings ({@link GuessingLimit}). Only a completed sign-in resets it: for an account with MFA
 * the right password alone does not, or an attacker who knows it could wipe the count between two code guesses.
 */
@Component
@EnableConfigurationProperties(LockoutProperties.class)
class AccountLockout implements GuessingLimit {

    private final SignInFailures failures;
    private final LockoutPolicy policy;
    private final Clock clock;
    private final Counter lockouts;
    private final AuditTrail audit;

    AccountLockout(SignInFailures failures, LockoutProperties lockout, Clock clock, MeterRegistry meters,
            AuditTrail audit) {
        this.audit = audit;
        this.failures = failures;
        this.policy = lockout.policy();
        this.clock = clock;
        this.lockouts = Counter.builder("learnpath.auth.lockouts")
                .description("Failed sign-ins that locked an account for a while").register(meters);
    }

    @Override
    public boolean isLocked(UUID accountId) {
        return failures.lockedUntil(accountId).filter(clock.instant()::isBefore).isPresent();
    }

    @Override
    public void countFailure(UUID accountId) {
        Instant now = clock.instant();
        int consecutive = failures.add(accountId, now);
        policy.lockedUntil(consecutive, now).ifPresent(until -> {
            failures.lock(accountId, until);
            lockouts.increment();
            audit.record(accountId, AuditAction.LOCKED_OUT, "until=" + until + ", failures=" + consecutive);
        });
    }

    /** A sign-in was completed: the failures before it are forgiven. */
    void reset(UUID accountId) {
        failures.reset(accountId);
    }
}
