package io.learnpath.auth.mfa;

import io.learnpath.auth.mfa.TotpFactorStore.TotpFactor;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Checks a learner's second factor: how sign-in and the MFA settings ask whether an account has MFA on and whether a
 * code proves its owner. Every check goes through the {@link GuessingLimit}: while the account is locked even the
 * right code is refused (and counted, as a wrong password is), and a wrong code counts as one more failure.
 *
 * <p>What is accepted is spent: an authenticator code moves the factor's last used step forward (so neither it nor
 * any code of an earlier step is ever accepted again), a recovery code is deleted.
 */
@Service
@EnableConfigurationProperties(MfaProperties.class)
public class SecondFactor {

    private final TotpFactorStore factors;
    private final TotpCodes codes;
    private final RecoveryCodes recoveryCodes;
    private final GuessingLimit limit;
    private final Clock clock;

    SecondFactor(TotpFactorStore factors, TotpCodes codes, RecoveryCodes recoveryCodes, GuessingLimit limit,
            Clock clock) {
        this.factors = factors;
        this.codes = codes;
        this.recoveryCodes = recoveryCodes;
        this.limit = limit;
        this.clock = clock;
    }

    /** Whether signing in to the account takes a code (a pending enrolment does not count). */
    public boolean isEnabled(UUID accountId) {
        return factors.findState(accountId).flatMap(TotpFactorStore.FactorState::enabledAt).isPresent();
    }

    /** Whether the proof is good for the account's enabled factor; spends it if it is. */
    public boolean check(UUID accountId, SecondFactorProof proof) {
        if (limit.isLocked(accountId)) {
            limit.countFailure(accountId);
            return false;
        }
        boolean proved = switch (proof) {
            case SecondFactorProof.AuthenticatorCode(String code) -> spendAuthenticatorCode(accountId, code);
            case SecondFactorProof.RecoveryCode(String code) -> isEnabled(accountId)
                    && recoveryCodes.redeem(accountId, code);
        };
        if (!proved) {
            limit.countFailure(accountId);
        }
        return proved;
    }

    private boolean spendAuthenticatorCode(UUID accountId, String code) {
        Optional<TotpFactor> factor = factors.findWithSecret(accountId).filter(TotpFactor::enabled);
        if (factor.isEmpty()) {
            return false;
        }
        OptionalLong step = codes.matchingStep(factor.get().secret(), code, clock.instant(),
                factor.get().lastUsedStep());
        return step.isPresent() && factors.useStep(accountId, factor.get().factorId(), step.getAsLong());
    }
}
