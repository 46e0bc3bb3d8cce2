package io.learnpath.auth.account;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * How the account's own endpoints and other features (sign-in, token refresh) read accounts: the {@code account}
 * table belongs to this feature, and only this feature's classes touch its repository.
 */
@Service
public class AccountReader {

    private final AccountRepository accounts;

    AccountReader(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The account unless an admin has disabled it. */
    public Optional<Account> findEnabledById(UUID id) {
        return accounts.findEnabledById(id);
    }

    public Optional<Account> findById(UUID id) {
        return accounts.findById(id);
    }

    /** @param normalisedEmail trimmed and lower-cased, as accounts store it */
    public Optional<AccountCredentials> findCredentialsByEmail(String normalisedEmail) {
        return accounts.findCredentialsByEmail(normalisedEmail);
    }

    /** @param normalisedEmail trimmed and lower-cased, as accounts store it */
    public Optional<Account> findEnabledByEmail(String normalisedEmail) {
        return accounts.findEnabledByEmail(normalisedEmail);
    }

    /** @param normalisedEmail trimmed and lower-cased, as accounts store it */
    public boolean emailTaken(String normalisedEmail) {
        return accounts.findByEmail(normalisedEmail).isPresent();
    }
}
