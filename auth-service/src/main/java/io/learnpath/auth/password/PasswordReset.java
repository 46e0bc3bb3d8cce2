package io.learnpath.auth.password;

import io.learnpath.auth.account.AccountChanges;
import io.learnpath.auth.account.AccountReader;
import io.learnpath.auth.account.PasswordReplaced;
import io.learnpath.auth.account.policy.EmailAddress;
import io.learnpath.auth.audit.AuditAction;
import io.learnpath.auth.audit.AuditTrail;
import io.learnpath.auth.credentials.PasswordHasher;
import io.learnpath.auth.credentials.ResponseFloor;
import io.learnpath.auth.credentials.policy.PasswordPolicy;
import io.learnpath.auth.events.PasswordChanged;
import io.learnpath.auth.events.PasswordResetRequested;
import io.learnpath.auth.links.LinkPurpose;
import io.learnpath.auth.links.SingleUseLinks;
import io.learnpath.platform.domain.InvalidInputException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Forgotten passwords. Asking for a reset answers the same, after the same time, whether or not the address has
 * an account; only an enabled account is mailed a link ({@link PasswordResetRequested}). Setting the new password
 * spends the link, proves the address (whoever read the mail reads the mailbox) and publishes
 * {@link PasswordChanged}, which ends every sign-in of the account.
 */
@Service
@EnableConfigurationProperties(PasswordResetProperties.class)
public class PasswordReset {

    private static final String INVALID_LINK = "is not a valid reset link: it may have expired or been used already";

    private final PasswordPolicy policy = new PasswordPolicy();
    private final AccountReader accounts;
    private final AccountChanges changes;
    private final SingleUseLinks links;
    private final PasswordHasher hasher;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration responseTime;
    private final AuditTrail audit;

    PasswordReset(AccountReader accounts, AccountChanges changes, SingleUseLinks links, PasswordHasher hasher,
            TransactionTemplate transaction, ApplicationEventPublisher events, Clock clock,
            PasswordResetProperties properties, AuditTrail audit) {
        this.audit = audit;
        this.accounts = accounts;
        this.changes = changes;
        this.links = links;
        this.hasher = hasher;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
        this.responseTime = properties.responseTime();
    }

    /** @throws InvalidInputException ({@code email}) when it is not an address at all */
    public void request(String email) {
        EmailAddress.violation(email).ifPresent(problem -> {
            throw new InvalidInputException("email", problem);
        });
        ResponseFloor floor = ResponseFloor.startingNow(responseTime);
        transaction.executeWithoutResult(status -> accounts.findEnabledByEmail(EmailAddress.normalise(email))
                .ifPresent(account -> {
                    audit.record(account.id(), AuditAction.PASSWORD_RESET_REQUESTED, null);
                    links.issue(account.id(), LinkPurpose.RESET_PASSWORD, account.email())
                            .ifPresent(link -> events.publishEvent(new PasswordResetRequested(UUID.randomUUID(),
                                    clock.instant().truncatedTo(ChronoUnit.MICROS), account.id(), account.email(),
                                    account.displayName(), link.url(), link.expiresAt())));
                }));
        floor.await();
    }

    /**
     * @throws InvalidInputException naming {@code token} (unknown, expired or spent link) or {@code password}
     *                               (refused by the {@link PasswordPolicy}); the link stays usable after the latter
     */
    public void reset(String token, String newPassword) {
        var holder = links.peek(token, LinkPurpose.RESET_PASSWORD)
                .orElseThrow(() -> new InvalidInputException("token", INVALID_LINK));
        policy.violation(newPassword, holder.email()).ifPresent(problem -> {
            throw new InvalidInputException("password", problem);
        });
        String hash = hasher.hash(newPassword);
        transaction.executeWithoutResult(status -> {
            // Spent here, not by peek: two resets racing with one link set one password.
            var redeemed = links.redeem(token, LinkPurpose.RESET_PASSWORD)
                    .orElseThrow(() -> new InvalidInputException("token", INVALID_LINK));
            var account = accounts.findEnabledById(redeemed.accountId())
                    .orElseThrow(() -> new InvalidInputException("token", INVALID_LINK));
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            changes.replacePasswordHash(account.id(), hash);
            if (redeemed.email().equals(account.email())) {
                changes.markEmailVerified(account.id(), now);
            }
            events.publishEvent(new PasswordChanged(UUID.randomUUID(), now, account.id(), account.email(),
                    account.displayName(), "RESET"));
            events.publishEvent(new PasswordReplaced(account.id()));
            audit.record(account.id(), AuditAction.PASSWORD_RESET, null);
        });
    }
}
