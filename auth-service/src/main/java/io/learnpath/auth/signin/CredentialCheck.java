package io.learnpath.auth.signin;

import io.learnpath.auth.account.Account;
import io.learnpath.auth.account.AccountCredentials;
import io.learnpath.auth.account.AccountRepository;
import io.learnpath.auth.account.EmailAddress;
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

    private final AccountRepository accounts;
    private final PasswordHasher hasher;

    CredentialCheck(AccountRepository accounts, PasswordHasher hasher) {
        this.accounts = accounts;
        this.hasher = hasher;
    }

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
            accounts.replacePasswordHash(credentials.account().id(), hasher.hash(password));
        }
        return Optional.of(credentials.account());
    }
}
