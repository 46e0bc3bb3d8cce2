package io.learnpath.auth.signin;

import io.learnpath.auth.account.Account;
import io.learnpath.auth.account.AccountCredentials;
import io.learnpath.auth.account.AccountReader;
import io.learnpath.auth.account.PasswordHashUpdater;
import io.learnpath.auth.account.policy.EmailAddress;
import io.learnpath.auth.audit.AuditAction;
import io.learnpath.auth.audit.AuditTrail;
import io.learnpath.auth.credentials.PasswordHasher;
import io.learnpath.auth.credentials.ResponseFloor;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decides whether an email and password belong together. An unknown email costs one Argon2 verification like a
 * known one, and every refusal answers no sooner than {@link SignInProperties#failureResponseTime()} after the
 * request began, so response times do not reveal which emails have accounts: a wrong password for an account also
 * writes its failure (one transaction), which an unknown address has nothing to write for. A hash made with older
 * parameters is replaced while the plain password is at hand.
 *
 * <p>Consecutive failures lock the account ({@link AccountLockout}). A locked account answers every attempt, the
 * right password included, exactly like a wrong password: same answer, same Argon2 work, no token, and the attempt
 * counts as one more failure. The gateway's per-address rate limit does not cover a client that reaches this
 * service directly, nor one that spreads its guesses over many addresses; this does. The right password does not
 * reset the count by itself: {@link SignIn} does once the sign-in is complete, which for an account with MFA is
 * only after its code.
 */
@Component
@EnableConfigurationProperties(SignInProperties.class)
class CredentialCheck {

    private final AccountReader accounts;
    private final PasswordHashUpdater passwordHashes;
    private final PasswordHasher hasher;
    private final AccountLockout lockout;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;
    private final Duration failureResponseTime;

    CredentialCheck(AccountReader accounts, PasswordHashUpdater passwordHashes, PasswordHasher hasher,
            AccountLockout lockout, AuditTrail audit, TransactionTemplate transaction, SignInProperties signIn) {
        this.audit = audit;
        this.transaction = transaction;
        this.failureResponseTime = signIn.failureResponseTime();
        this.accounts = accounts;
        this.passwordHashes = passwordHashes;
        this.hasher = hasher;
        this.lockout = lockout;
    }

    /** The account the email and password belong to; empty for an unknown email and a wrong password alike. */
    Optional<Account> verify(String email, String password) {
        ResponseFloor refusalFloor = ResponseFloor.startingNow(failureResponseTime);
        // No account can have an address registration would refuse (a NUL byte, say, which PostgreSQL cannot
        // even compare); answer it like an unknown address instead of sending it to the database.
        Optional<AccountCredentials> found = EmailAddress.violation(email).isPresent()
                ? Optional.empty()
                : accounts.findCredentialsByEmail(EmailAddress.normalise(email));
        if (found.isEmpty()) {
            hasher.verifyAgainstDecoy(password);
            refusalFloor.await();
            return Optional.empty();
        }
        AccountCredentials credentials = found.get();
        UUID accountId = credentials.account().id();
        boolean locked = lockout.isLocked(accountId);
        // Verified even while locked, so that a locked account takes as long to refuse as any other.
        boolean matches = hasher.matches(password, credentials.passwordHash());
        if (locked || !matches) {
            transaction.executeWithoutResult(status -> {
                audit.record(accountId, AuditAction.SIGN_IN_FAILED, locked ? "locked" : "wrong password");
                lockout.countFailure(accountId);
            });
            refusalFloor.await();
            return Optional.empty();
        }
        if (hasher.needsRehash(credentials.passwordHash())) {
            passwordHashes.replace(accountId, hasher.hash(password));
        }
        return Optional.of(credentials.account());
    }
}
