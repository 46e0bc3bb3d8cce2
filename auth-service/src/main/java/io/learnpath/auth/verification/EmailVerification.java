package io.learnpath.auth.verification;

import io.learnpath.auth.account.Account;
import io.learnpath.auth.account.AccountChanges;
import io.learnpath.auth.account.AccountReader;
import io.learnpath.auth.audit.AuditAction;
import io.learnpath.auth.audit.AuditTrail;
import io.learnpath.auth.events.EmailChanged;
import io.learnpath.auth.links.LinkPurpose;
import io.learnpath.auth.links.SingleUseLinks;
import io.learnpath.platform.domain.ConflictException;
import io.learnpath.platform.domain.InvalidInputException;
import io.learnpath.platform.domain.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proves addresses. Redeeming a link for the account's own address marks it verified; redeeming one for another
 * address (an email change) makes that the account's address, verified, and publishes {@link EmailChanged} so the
 * old address can be told. Until then the account keeps signing in with its old address.
 */
@Service
public class EmailVerification {

    private final SingleUseLinks links;
    private final AccountReader accounts;
    private final AccountChanges changes;
    private final VerificationMail mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditTrail audit;

    EmailVerification(SingleUseLinks links, AccountReader accounts, AccountChanges changes, VerificationMail mail,
            ApplicationEventPublisher events, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.links = links;
        this.accounts = accounts;
        this.changes = changes;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @throws InvalidInputException ({@code token}) when the link is unknown, expired or spent
     * @throws ConflictException     ({@code email-taken}) when another account took the new address meanwhile
     */
    @Transactional
    public Account verify(String token) {
        var holder = links.redeem(token, LinkPurpose.VERIFY_EMAIL).orElseThrow(() -> new InvalidInputException(
                "token", "is not a valid verification link: it may have expired or been used already"));
        Account account = accounts.findEnabledById(holder.accountId()).orElseThrow(() -> new InvalidInputException(
                "token", "is not a valid verification link: it may have expired or been used already"));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        if (holder.email().equals(account.email())) {
            changes.markEmailVerified(account.id(), now);
            audit.record(account.id(), AuditAction.EMAIL_VERIFIED, null);
        } else if (changes.replaceEmail(account.id(), holder.email(), now)) {
            events.publishEvent(new EmailChanged(UUID.randomUUID(), now, account.id(), account.email(),
                    holder.email()));
            audit.record(account.id(), AuditAction.EMAIL_CHANGED, null);
        } else {
            throw new ConflictException("email-taken", "Email taken",
                    "Another account uses this address now; choose another one");
        }
        return accounts.findById(account.id()).orElseThrow();
    }

    /**
     * Mails a fresh link for the account's current address (beyond the hourly limit, silently nothing).
     *
     * @throws ConflictException ({@code email-already-verified}) when there is nothing to verify
     */
    @Transactional
    public void resend(UUID accountId) {
        Account account = accounts.findEnabledById(accountId)
                .orElseThrow(() -> new NotFoundException("account", accountId));
        if (account.emailVerified()) {
            throw new ConflictException("email-already-verified", "Email already verified",
                    "Your address " + account.email() + " is verified already");
        }
        mail.send(account.id(), account.email(), account.displayName(), VerificationReason.RESEND);
    }
}
