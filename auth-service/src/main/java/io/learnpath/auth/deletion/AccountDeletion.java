package io.learnpath.auth.deletion;

import io.learnpath.auth.account.AccountChanges;
import io.learnpath.auth.account.PasswordReentry;
import io.learnpath.auth.audit.AuditAction;
import io.learnpath.auth.audit.AuditTrail;
import io.learnpath.auth.events.UserDeleted;
import io.learnpath.platform.security.AccessTokenRevocations;
import io.learnpath.platform.transaction.AfterCommit;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A learner deletes their own account, after typing their password again. The row goes, and with it every
 * refresh token, link and sign-in failure of the account (ON DELETE CASCADE); {@link UserDeleted}, written in the
 * same transaction, makes every other service erase what it holds about the learner. After commit, the access
 * tokens already issued are revoked at every hop ({@link AccessTokenRevocations}): recorded after commit, because
 * only then can no sign-in of the account mint a newer one.
 */
@Service
public class AccountDeletion {

    private final AccountChanges changes;
    private final PasswordReentry reentry;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditTrail audit;
    private final AccessTokenRevocations accessTokens;

    AccountDeletion(AccountChanges changes, PasswordReentry reentry, TransactionTemplate transaction,
            ApplicationEventPublisher events, Clock clock, AuditTrail audit, AccessTokenRevocations accessTokens) {
        this.accessTokens = accessTokens;
        this.audit = audit;
        this.changes = changes;
        this.reentry = reentry;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /** @throws io.learnpath.platform.domain.InvalidInputException ({@code password}) when it is not the account's */
    public void delete(UUID accountId, String password) {
        reentry.confirm(accountId, password, "password");
        transaction.executeWithoutResult(status -> {
            if (changes.delete(accountId)) {
                events.publishEvent(new UserDeleted(UUID.randomUUID(),
                        clock.instant().truncatedTo(ChronoUnit.MICROS), accountId));
                audit.record(accountId, AuditAction.ACCOUNT_DELETED, null);
                // A failure is logged and counted there; the tokens then live out their minutes, refreshing none.
                AfterCommit.run(() -> accessTokens.revokeIssuedUntilNow(accountId));
            }
        });
    }
}
