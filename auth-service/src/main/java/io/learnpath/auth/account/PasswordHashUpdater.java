package io.learnpath.auth.account;

import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Replaces an account's stored password hash. Sign-in calls it when a hash was made with older Argon2
 * parameters: only then is the plain password at hand to hash again.
 */
@Service
public class PasswordHashUpdater {

    private final AccountRepository accounts;

    PasswordHashUpdater(AccountRepository accounts) {
        this.accounts = accounts;
    }

    public void replace(UUID accountId, String passwordHash) {
        accounts.replacePasswordHash(accountId, passwordHash);
    }
}
