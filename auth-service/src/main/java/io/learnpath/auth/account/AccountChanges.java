package io.learnpath.auth.account;

import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The changes other features make to an account (verification, profile, password, deletion). They decide when
 * and publish their events; this class is only the way to the {@code account} table, which this feature owns.
 * Every method is meant to run inside the caller's transaction.
 */
@Service
public class AccountChanges {

    private final AccountRepository accounts;

    AccountChanges(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public void markEmailVerified(UUID accountId, Instant at) {
        accounts.markEmailVerified(accountId, at);
    }

    /** @return false when another account has the address by now */
    public boolean replaceEmail(UUID accountId, String normalisedEmail, Instant verifiedAt) {
        return accounts.replaceEmailIfFree(accountId, normalisedEmail, verifiedAt);
    }

    public void updateProfile(UUID accountId, String displayName, String timeZone) {
        accounts.updateProfile(accountId, displayName, timeZone);
    }

    public void replacePasswordHash(UUID accountId, String passwordHash) {
        accounts.replacePasswordHash(accountId, passwordHash);
    }

    /** @return whether the account existed */
    public boolean delete(UUID accountId) {
        return accounts.delete(accountId);
    }
}
