package io.learnpath.auth.signin;

import io.learnpath.auth.account.Account;
import io.learnpath.auth.account.AccountCredentials;
import io.learnpath.auth.account.AccountReader;
import io.learnpath.auth.account.PasswordHashUpdater;
import io.learnpath.auth.account.policy.EmailAddress;
import io.learnpath.auth.credentials.PasswordHasher;
import io.learnpath.auth.signin.policy.LockoutPolicy;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Decides whether an email and password belong together. An unknown email costs one Argon2 verification like a
 * known one, so response times do not reveal which emails have accounts. A hash made with older parameters is
 * replaced while the plain password is at hand.
 *
 * <p>Consecutive failures lock the account ({@link LockoutPolicy}). A locked account answers every attempt, the
 * right password included, exactly like a wrong password: same answer, same Argon2 work, no token, and the attempt
 * counts as one more failure. The gateway's per-address rate limit does not cover a client that reaches this
 * service directly, nor one that spreads its guesses over many addresses; this does.
 */
@Component
@EnableConfigurationProperties(LockoutProperties.class)
class CredentialCheck {

    private final AccountReader accounts;
    private final PasswordHashUpdater passwordHashes;
    private final PasswordHasher hasher;
    private final SignInFailures failures;
    private final LockoutPolicy lockout;
    private final Clock clock;
    private final Counter lockouts;

    CredentialCheck(AccountReader accounts, PasswordHashUpdater passwordHashes, PasswordHasher hasher,
            SignInFailures failures, LockoutProperties lockout, Clock clock, MeterRegistry meters) {
        this.accounts = accounts;
        this.passwordHashes = passwordHashes;
        this.hasher = hasher;
        this.failures = failures;
        this.lockout = lockout.policy();
        this.clock = clock;
        this.lockouts = Counter.builder("learnpath.auth.lockouts")
                .description("Failed sign-ins that locked an account for a while").register(meters);
    }

    /** The account the email and password belong to; empty for an unknown email and a wrong password alike. */
    Optional<Account> verify(String email, String password) {
        // No account can have an address registration would refuse (a NUL byte, say, which PostgreSQL cannot
        // even compare); answer it like an unknown address instead of sending it to the database.
        Optional<AccountCredentials> found = EmailAddress.violation(email).isPresent()
                ? Optional.empty()
                : accounts.findCredentialsByEmail(EmailAddress.normalise(email));
        if (found.isEmpty()) {
            hasher.verifyAgainstDecoy(password);
            return Optional.empty();
        }
        AccountCredentials credentials = found.get();
        UUID accountId = credentials.account().id();
        Instant now = clock.instant();
        boolean locked = failures.lockedUntil(accountId).filter(now::isBefore).isPresent();
        // Verified even while locked, so that a locked account takes as long to refuse as any other.
        boolean matches = hasher.matches(password, credentials.passwordHash());
        if (locked || !matches) {
            int consecutive = failures.add(accountId, now);
            lockout.lockedUntil(consecutive, now).ifPresent(until -> {
                failures.lock(accountId, until);
                lockouts.increment();
            });
            return Optional.empty();
        }
        failures.reset(accountId);
        if (hasher.needsRehash(credentials.passwordHash())) {
            passwordHashes.replace(accountId, hasher.hash(password));
        }
        return Optional.of(credentials.account());
    }
}
