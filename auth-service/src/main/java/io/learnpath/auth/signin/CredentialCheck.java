package io.learnpath.auth.signin;

import io.learnpath.auth.account.Account;
import io.learnpath.auth.account.AccountCredentials;
import io.learnpath.auth.account.AccountReader;
import io.learnpath.auth.account.PasswordHashUpdater;
import io.learnpath.auth.account.policy.EmailAddress;
import io.learnpath.auth.credentials.PasswordHasher;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Decides whether an email and password belong together. An unknown email costs one Argon2 verification like a
 * known one, so response times do not reveal which emails have accounts. A hash made with older parameters is
 * replaced while the plain password is at hand.
 */
@Component
class CredentialCheck {

    private final AccountReader accounts;
    private final PasswordHashUpdater passwordHashes;
    private final PasswordHasher hasher;

    CredentialCheck(AccountReader accounts, PasswordHashUpdater passwordHashes, PasswordHasher hasher) {
        this.accounts = accounts;
        this.passwordHashes = passwordHashes;
        this.hasher = hasher;
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
        if (!hasher.matches(password, credentials.passwordHash())) {
            return Optional.empty();
        }
        if (hasher.needsRehash(credentials.passwordHash())) {
            passwordHashes.replace(credentials.account().id(), hasher.hash(password));
        }
        return Optional.of(credentials.account());
    }
}
