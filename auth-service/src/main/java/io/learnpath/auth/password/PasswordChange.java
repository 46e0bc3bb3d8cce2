package io.learnpath.auth.password;

import io.learnpath.auth.account.Account;
import io.learnpath.auth.account.AccountChanges;
import io.learnpath.auth.account.AccountReader;
import io.learnpath.auth.account.PasswordReentry;
import io.learnpath.auth.account.PasswordReplaced;
import io.learnpath.auth.audit.AuditAction;
import io.learnpath.auth.audit.AuditTrail;
import io.learnpath.auth.credentials.PasswordHasher;
import io.learnpath.auth.credentials.policy.PasswordPolicy;
import io.learnpath.auth.events.PasswordChanged;
import io.learnpath.platform.domain.InvalidInputException;
import io.learnpath.platform.domain.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A signed-in learner replaces their password, giving the current one. {@link PasswordChanged} ends every
 * sign-in of the account, this one included: whoever else knew the old password is out, and the learner signs
 * in again with the new one.
 */
@Service
public class PasswordChange {

    private final PasswordPolicy policy = new PasswordPolicy();
    private final AccountReader accounts;
    private final AccountChanges changes;
    private final PasswordReentry reentry;
    private final PasswordHasher hasher;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditTrail audit;

    PasswordChange(AccountReader accounts, AccountChanges changes, PasswordReentry reentry, PasswordHasher hasher,
            TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.accounts = accounts;
        this.changes = changes;
        this.reentry = reentry;
        this.hasher = hasher;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /** @throws InvalidInputException naming {@code currentPassword} or {@code newPassword} */
    public void change(UUID accountId, String currentPassword, String newPassword) {
        Account account = accounts.findEnabledById(accountId)
                .orElseThrow(() -> new NotFoundException("account", accountId));
        policy.violation(newPassword, account.email()).ifPresent(problem -> {
            throw new InvalidInputException("newPassword", problem);
        });
        reentry.confirm(accountId, currentPassword, "currentPassword");
        String hash = hasher.hash(newPassword);
        transaction.executeWithoutResult(status -> {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            changes.replacePasswordHash(accountId, hash);
            events.publishEvent(new PasswordChanged(UUID.randomUUID(), now, accountId, account.email(),
                    account.displayName(), "CHANGED"));
            events.publishEvent(new PasswordReplaced(accountId));
            audit.record(accountId, AuditAction.PASSWORD_CHANGED, null);
        });
    }
}
