package io.learnpath.auth.signin;

import io.learnpath.auth.account.Account;
import io.learnpath.auth.account.AccountReader;
import io.learnpath.auth.audit.AuditAction;
import io.learnpath.auth.audit.AuditTrail;
import io.learnpath.auth.mfa.MfaProperties;
import io.learnpath.auth.mfa.SecondFactor;
import io.learnpath.auth.mfa.SecondFactorProof;
import io.learnpath.auth.tokens.SessionTokens;
import io.learnpath.auth.tokens.TokenResponse;
import io.learnpath.platform.domain.InvalidInputException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Signing in, in one step or two. The password comes first ({@link CredentialCheck}); an account without MFA gets
 * its tokens there and then. An account with MFA gets a short-lived, single-use challenge instead, and its tokens
 * only when the challenge comes back with a code from the authenticator app or a recovery code.
 *
 * <p>The second step is guarded like the first: a wrong or missing code counts as a failed sign-in, a locked
 * account refuses the right code alike, and the challenge is spent by its first use whatever the outcome, so each
 * guess at a code costs a password verification, and since an account has one challenge at a time, guesses cannot
 * be sent in parallel either. The lockout count resets only when the sign-in completes.
 */
@Service
class SignIn {

    private final CredentialCheck credentials;
    private final SecondFactor secondFactor;
    private final MfaChallenges challenges;
    private final AccountLockout lockout;
    private final AccountReader accounts;
    private final SessionTokens sessions;
    private final Duration challengeTtl;
    private final Clock clock;
    private final AuditTrail audit;
    private final Counter withTotp;
    private final Counter withRecoveryCode;

    SignIn(CredentialCheck credentials, SecondFactor secondFactor, MfaChallenges challenges, AccountLockout lockout,
            AccountReader accounts, SessionTokens sessions, MfaProperties mfa, Clock clock, AuditTrail audit,
            MeterRegistry meters) {
        this.audit = audit;
        this.withTotp = secondFactorSignIns(meters, "totp");
        this.withRecoveryCode = secondFactorSignIns(meters, "recovery_code");
        this.credentials = credentials;
        this.secondFactor = secondFactor;
        this.challenges = challenges;
        this.lockout = lockout;
        this.accounts = accounts;
        this.sessions = sessions;
        this.challengeTtl = mfa.challengeTtl();
        this.clock = clock;
    }

    PasswordStep withPassword(String email, String password) {
        Optional<Account> account = credentials.verify(email, password);
        if (account.isEmpty()) {
            return new PasswordStep.Refused();
        }
        UUID id = account.get().id();
        if (secondFactor.isEnabled(id)) {
            return new PasswordStep.CodeRequired(challenges.issue(id, clock.instant().plus(challengeTtl)),
                    challengeTtl);
        }
        lockout.reset(id);
        audit.record(id, AuditAction.SIGN_IN_SUCCEEDED, "password");
        return new PasswordStep.SignedIn(sessions.startSession(account.get()));
    }

    /**
     * @param proof empty when the request carried neither code: that counts as a failure, then
     * @throws InvalidInputException naming {@code code} when there was no proof (after spending the challenge and
     *                               counting the failure)
     */
    CodeStep withCode(String challenge, Optional<SecondFactorProof> proof) {
        Optional<Account> account = challenges.redeem(challenge, clock.instant())
                // Disabled by an admin between the two steps: no sign-in, as for a password.
                .flatMap(accounts::findEnabledById);
        if (account.isEmpty()) {
            return new CodeStep.ChallengeRefused();
        }
        UUID id = account.get().id();
        if (proof.isEmpty()) {
            audit.record(id, AuditAction.MFA_FAILED, "sign-in without a code");
            lockout.countFailure(id);
            throw new InvalidInputException("code", "is required: the code your authenticator app shows, or a "
                    + "recoveryCode instead; sign in again");
        }
        if (!secondFactor.check(id, proof.get())) {
            audit.record(id, AuditAction.MFA_FAILED, "sign-in");
            return new CodeStep.CodeRefused();
        }
        lockout.reset(id);
        boolean recovery = proof.get() instanceof SecondFactorProof.RecoveryCode;
        if (recovery) {
            audit.record(id, AuditAction.MFA_RECOVERY_CODE_USED, "sign-in");
        }
        audit.record(id, AuditAction.SIGN_IN_SUCCEEDED, recovery ? "password+recovery code" : "password+totp");
        (recovery ? withRecoveryCode : withTotp).increment();
        return new CodeStep.SignedIn(sessions.startSession(account.get()));
    }

    // The share of sign-ins that use MFA, and how often a lost authenticator app is worked around.
    private static Counter secondFactorSignIns(MeterRegistry meters, String method) {
        return Counter.builder("learnpath.auth.mfa.signins").tag("method", method)
                .description("Sign-ins completed with a second factor, by method").register(meters);
    }

    /** What a password comes to. */
    sealed interface PasswordStep {

        record SignedIn(TokenResponse tokens) implements PasswordStep {
        }

        /** The password was right and the account wants a code: send it with this challenge. */
        record CodeRequired(String challenge, Duration expiresIn) implements PasswordStep {

            @Override
            public String toString() {
                return "CodeRequired[expiresIn=" + expiresIn + "]";
            }
        }

        /** Unknown email, wrong password or locked account alike. */
        record Refused() implements PasswordStep {
        }
    }

    /** What a challenge and its code come to. */
    sealed interface CodeStep {

        record SignedIn(TokenResponse tokens) implements CodeStep {
        }

        /** Unknown, expired or spent: sign in again. */
        record ChallengeRefused() implements CodeStep {
        }

        /** Wrong, used already, or the account is locked: sign in again. */
        record CodeRefused() implements CodeStep {
        }
    }
}
