package io.learnpath.auth.mfa;

import io.learnpath.auth.account.AccountReader;
import io.learnpath.auth.audit.AuditAction;
import io.learnpath.auth.audit.AuditTrail;
import io.learnpath.auth.events.MfaDisabled;
import io.learnpath.platform.domain.ConflictException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * MFA once it is on: its status, new recovery codes, turning it off. Changing anything takes a fresh proof of the
 * second factor, not only an access token: a token can be stolen, and whoever holds one must not be able to remove
 * the factor or read new recovery codes. New recovery codes take an authenticator code (whoever has only recovery
 * codes should not mint more); turning MFA off takes an authenticator code or, for a learner who lost the device,
 * a recovery code. Every wrong proof counts against the account's {@link GuessingLimit}.
 */
@Service
class MfaSettings {

    static final String NOT_ENABLED = "mfa-not-enabled";

    private final TotpFactorStore factors;
    private final RecoveryCodes recoveryCodes;
    private final SecondFactor secondFactor;
    private final TransactionTemplate transaction;
    private final Clock clock;

    private final AuditTrail audit;
    private final AccountReader accounts;
    private final ApplicationEventPublisher events;

    MfaSettings(TotpFactorStore factors, RecoveryCodes recoveryCodes, SecondFactor secondFactor,
            TransactionTemplate transaction, Clock clock, AuditTrail audit, AccountReader accounts,
            ApplicationEventPublisher events) {
        this.audit = audit;
        this.accounts = accounts;
        this.events = events;
        this.factors = factors;
        this.recoveryCodes = recoveryCodes;
        this.secondFactor = secondFactor;
        this.transaction = transaction;
        this.clock = clock;
    }

    MfaStatus status(UUID accountId) {
        return factors.findState(accountId)
                .map(state -> new MfaStatus(state.enabledAt().isPresent(), state.enabledAt().orElse(null),
                        state.enabledAt().isEmpty(), recoveryCodes.countLeft(accountId)))
                .orElseGet(() -> new MfaStatus(false, null, false, 0));
    }

    /**
     * Replaces the recovery codes with ten new ones; empty when the code is wrong (or the account locked).
     *
     * @throws ConflictException ({@value #NOT_ENABLED}) when MFA is off
     */
    Optional<RecoveryCodeList> renewRecoveryCodes(UUID accountId, String authenticatorCode) {
        requireEnabled(accountId);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<String> issued = transaction.execute(status -> {
            if (!secondFactor.check(accountId, new SecondFactorProof.AuthenticatorCode(authenticatorCode))) {
                audit.record(accountId, AuditAction.MFA_FAILED, "recovery-code renewal");
                return null;
            }
            audit.record(accountId, AuditAction.MFA_RECOVERY_CODES_REGENERATED, null);
            return recoveryCodes.issue(accountId, now);
        });
        return Optional.ofNullable(issued).map(RecoveryCodeList::new);
    }

    /**
     * Turns MFA off (the secret and the recovery codes are deleted); false when the proof is wrong (or the account
     * locked).
     *
     * @throws ConflictException ({@value #NOT_ENABLED}) when MFA is off
     */
    boolean disable(UUID accountId, SecondFactorProof proof) {
        requireEnabled(accountId);
        return Boolean.TRUE.equals(transaction.execute(status -> {
            if (!secondFactor.check(accountId, proof)) {
                audit.record(accountId, AuditAction.MFA_FAILED, "disabling");
                return false;
            }
            boolean disabled = factors.deleteEnabled(accountId);
            if (disabled) {
                audit.record(accountId, AuditAction.MFA_DISABLED,
                        proof instanceof SecondFactorProof.RecoveryCode ? "with a recovery code" : "with a code");
                // In the same transaction (the outbox): the owner is told by mail.
                accounts.findById(accountId).ifPresent(account -> events.publishEvent(new MfaDisabled(
                        UUID.randomUUID(), clock.instant(), accountId, account.email(), account.displayName())));
            }
            return disabled;
        }));
    }

    private void requireEnabled(UUID accountId) {
        if (!secondFactor.isEnabled(accountId)) {
            throw new ConflictException(NOT_ENABLED, "MFA not enabled", "Multi-factor authentication is off");
        }
    }
}
