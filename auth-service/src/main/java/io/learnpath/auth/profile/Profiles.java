package io.learnpath.auth.profile;

import io.learnpath.auth.account.Account;
import io.learnpath.auth.account.AccountChanges;
import io.learnpath.auth.account.AccountReader;
import io.learnpath.auth.account.PasswordReentry;
import io.learnpath.auth.account.policy.DisplayName;
import io.learnpath.auth.account.policy.EmailAddress;
import io.learnpath.auth.account.policy.TimeZoneName;
import io.learnpath.auth.audit.AuditAction;
import io.learnpath.auth.audit.AuditTrail;
import io.learnpath.auth.events.ProfileChanged;
import io.learnpath.auth.verification.VerificationMail;
import io.learnpath.auth.verification.VerificationReason;
import io.learnpath.platform.domain.FieldError;
import io.learnpath.platform.domain.InvalidInputException;
import io.learnpath.platform.domain.NotFoundException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A learner's own profile: name, time zone and address. A change of name or zone is published as
 * {@link ProfileChanged} (the progress-service counts streaks in the learner's zone). A new address is only taken
 * once it is verified: here it is only mailed a link.
 */
@Service
public class Profiles {

    private final AccountReader accounts;
    private final AccountChanges changes;
    private final PasswordReentry reentry;
    private final VerificationMail verificationMail;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AuditTrail audit;

    Profiles(AccountReader accounts, AccountChanges changes, PasswordReentry reentry,
            VerificationMail verificationMail, TransactionTemplate transaction, ApplicationEventPublisher events,
            Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.accounts = accounts;
        this.changes = changes;
        this.reentry = reentry;
        this.verificationMail = verificationMail;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    /** @throws InvalidInputException naming every field that is given but not acceptable */
    public Account update(UUID accountId, ProfileUpdate update) {
        List<FieldError> violations = new ArrayList<>();
        if (update.displayName() != null) {
            DisplayName.violation(update.displayName())
                    .ifPresent(message -> violations.add(new FieldError("displayName", message)));
        }
        if (update.timeZone() != null) {
            TimeZoneName.violation(update.timeZone())
                    .ifPresent(message -> violations.add(new FieldError("timeZone", message)));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return transaction.execute(status -> {
            Account current = enabled(accountId);
            String displayName = update.displayName() == null ? current.displayName()
                    : DisplayName.of(update.displayName()).value();
            String timeZone = update.timeZone() == null ? current.timeZone() : update.timeZone();
            if (displayName.equals(current.displayName()) && timeZone.equals(current.timeZone())) {
                return current;
            }
            changes.updateProfile(accountId, displayName, timeZone);
            audit.record(accountId, AuditAction.PROFILE_CHANGED, changedFields(current, displayName, timeZone));
            events.publishEvent(new ProfileChanged(UUID.randomUUID(),
                    clock.instant().truncatedTo(ChronoUnit.MICROS), accountId, displayName, timeZone));
            return enabled(accountId);
        });
    }

    /**
     * Mails a verification link to {@code newEmail}; the account's address changes when it is opened. When the
     * address already belongs to another account nothing is mailed, and the answer is the same, so this cannot be
     * used to learn who is registered.
     *
     * @throws InvalidInputException naming {@code password} (not the account's) or {@code email}
     */
    public void requestEmailChange(UUID accountId, String newEmail, String password) {
        EmailAddress.violation(newEmail).ifPresent(problem -> {
            throw new InvalidInputException("email", problem);
        });
        reentry.confirm(accountId, password, "password");
        String email = EmailAddress.normalise(newEmail);
        transaction.executeWithoutResult(status -> {
            Account account = enabled(accountId);
            if (email.equals(account.email())) {
                throw new InvalidInputException("email", "is your address already");
            }
            if (!accounts.emailTaken(email)) {
                verificationMail.send(accountId, email, account.displayName(), VerificationReason.EMAIL_CHANGE);
            }
            audit.record(accountId, AuditAction.EMAIL_CHANGE_REQUESTED, null);
        });
    }

    private static String changedFields(Account before, String displayName, String timeZone) {
        List<String> fields = new ArrayList<>();
        if (!before.displayName().equals(displayName)) {
            fields.add("displayName");
        }
        if (!before.timeZone().equals(timeZone)) {
            fields.add("timeZone=" + timeZone);
        }
        return String.join(",", fields);
    }

    private Account enabled(UUID accountId) {
        return accounts.findEnabledById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
    }
}
