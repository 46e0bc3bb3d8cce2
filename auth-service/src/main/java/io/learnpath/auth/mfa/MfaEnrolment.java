package io.learnpath.auth.mfa;

import io.learnpath.auth.account.Account;
import io.learnpath.auth.account.AccountReader;
import io.learnpath.auth.audit.AuditAction;
import io.learnpath.auth.audit.AuditTrail;
import io.learnpath.auth.events.MfaEnabled;
import io.learnpath.auth.mfa.TotpFactorStore.TotpFactor;
import io.learnpath.auth.mfa.policy.OtpauthUri;
import io.learnpath.platform.domain.ConflictException;
import io.learnpath.platform.domain.InvalidInputException;
import io.learnpath.platform.domain.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns MFA on in two steps. Starting makes a new secret and keeps it pending; nothing changes for sign-in until
 * the learner proves, with a first code, that the app has the secret. Only then is MFA enabled, in the same
 * transaction as the ten recovery codes it answers. Starting again before confirming replaces the pending secret
 * (the learner scanned it into the wrong app, say); a confirmation only ever enables the secret its code was checked
 * against.
 */
@Service
class MfaEnrolment {

    static final String MFA_ENABLED = "mfa-already-enabled";
    static final String NOT_STARTED = "mfa-enrolment-not-started";

    private final AccountReader accounts;
    private final TotpFactorStore factors;
    private final TotpCodes codes;
    private final RecoveryCodes recoveryCodes;
    private final QrCodeImages qrCodes;
    private final MfaProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    MfaEnrolment(AccountReader accounts, TotpFactorStore factors, TotpCodes codes, RecoveryCodes recoveryCodes,
            QrCodeImages qrCodes, MfaProperties properties, TransactionTemplate transaction, Clock clock,
            AuditTrail audit, ApplicationEventPublisher events) {
        this.audit = audit;
        this.events = events;
        this.accounts = accounts;
        this.factors = factors;
        this.codes = codes;
        this.recoveryCodes = recoveryCodes;
        this.qrCodes = qrCodes;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** @throws ConflictException ({@value #MFA_ENABLED}) when MFA is on already: turn it off first */
    TotpEnrolment start(UUID accountId) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        byte[] secret = codes.newSecret();
        if (!factors.savePendingSecret(accountId, UUID.randomUUID(), secret, now())) {
            throw alreadyEnabled();
        }
        String base32 = TotpCodes.base32(secret);
        String uri = new OtpauthUri(properties.issuer(), account.email(), base32, TotpCodes.STEPS, TotpCodes.DIGITS)
                .value();
        return new TotpEnrolment(base32, uri,
                "data:image/png;base64," + Base64.getEncoder().encodeToString(qrCodes.png(uri)));
    }

    /**
     * Enables the pending factor if {@code code} is its current code, and answers its recovery codes.
     *
     * @throws InvalidInputException naming {@code code} when it is not the app's code for now
     * @throws ConflictException     ({@value #NOT_STARTED}) without a pending enrolment (or when it was started
     *                               again meanwhile), ({@value #MFA_ENABLED}) when MFA is on already
     */
    RecoveryCodeList confirm(UUID accountId, String code) {
        TotpFactor factor = factors.findWithSecret(accountId).orElseThrow(MfaEnrolment::notStarted);
        if (factor.enabled()) {
            throw alreadyEnabled();
        }
        Instant now = now();
        OptionalLong step = codes.matchingStep(factor.secret(), code, now, factor.lastUsedStep());
        if (step.isEmpty()) {
            throw new InvalidInputException("code", "is not the code your authenticator app shows now (is the "
                    + "phone's clock right?)");
        }
        List<String> issued = transaction.execute(status -> {
            if (!factors.enable(accountId, factor.factorId(), step.getAsLong(), now)) {
                return null;
            }
            audit.record(accountId, AuditAction.MFA_ENABLED, null);
            // In the same transaction (the outbox): the owner is told by mail, so a change they did not make shows.
            accounts.findById(accountId).ifPresent(account -> events.publishEvent(new MfaEnabled(UUID.randomUUID(),
                    now, accountId, account.email(), account.displayName())));
            return recoveryCodes.issue(accountId, now);
        });
        if (issued == null) {
            throw isEnabled(accountId) ? alreadyEnabled() : notStarted();
        }
        return new RecoveryCodeList(issued);
    }

    private boolean isEnabled(UUID accountId) {
        return factors.findState(accountId).flatMap(TotpFactorStore.FactorState::enabledAt).isPresent();
    }

    private Instant now() {
        // PostgreSQL keeps microseconds; truncating makes what is answered equal to what is read back.
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static ConflictException alreadyEnabled() {
        return new ConflictException(MFA_ENABLED, "MFA already enabled",
                "Multi-factor authentication is on already; turn it off before enrolling again");
    }

    private static ConflictException notStarted() {
        return new ConflictException(NOT_STARTED, "No MFA enrolment pending",
                "Start an enrolment (POST /api/auth/mfa/enrolment) and confirm it with the code it leads to");
    }
}
