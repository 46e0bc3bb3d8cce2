package io.learnpath.auth.account;

import io.learnpath.auth.credentials.PasswordHasher;
import io.learnpath.platform.domain.InvalidInputException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Asks a signed-in learner for their password again before something that cannot be undone or that hands the
 * account to someone else (deleting it, changing its password or address): a stolen access token alone must not
 * be enough for those.
 */
@Service
public class PasswordReentry {

    private final AccountRepository accounts;
    private final PasswordHasher hasher;

    PasswordReentry(AccountRepository accounts, PasswordHasher hasher) {
        this.accounts = accounts;
        this.hasher = hasher;
    }

    /**
     * @param field the request field that carried the password, named in the problem
     * @throws InvalidInputException naming {@code field} when the password is missing or not the account's
     */
    public void confirm(UUID accountId, String password, String field) {
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException(field, "is required");
        }
        Optional<String> hash = accounts.findPasswordHashOfEnabled(accountId);
        boolean matches = hash.isPresent() ? hasher.matches(password, hash.get()) : decoy(password);
        if (!matches) {
            throw new InvalidInputException(field, "is not your current password");
        }
    }

    private boolean decoy(String password) {
        hasher.verifyAgainstDecoy(password);
        return false;
    }
}
