package io.learnpath.auth.signin;

import io.learnpath.auth.mfa.SecondFactorProof;
import io.learnpath.auth.mfa.policy.RecoveryCodeFormat;
import io.learnpath.platform.domain.InvalidInputException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * The second step of a sign-in: the challenge the password step answered, with the code the authenticator app shows
 * or, when the app is lost, a recovery code. A malformed code is refused before anything is spent, since it cannot be
 * anyone's code; a missing one is a failed sign-in ({@link SignIn#withCode}).
 *
 * @param challenge    as the password step answered it
 * @param code         the six digits the authenticator app shows now, or
 * @param recoveryCode one of the recovery codes
 */
record MfaLoginRequest(@NotBlank @Size(max = 100) String challenge,
        @Pattern(regexp = "\\d{6}", message = "must be the 6 digits your authenticator app shows") String code,
        @Pattern(regexp = RecoveryCodeFormat.TYPED, message = "must be a recovery code: 16 letters and digits, as "
                + "xxxx-xxxx-xxxx-xxxx") String recoveryCode) {

    /** The proof sent, if any. */
    Optional<SecondFactorProof> proof() {
        if (code != null && recoveryCode != null) {
            throw new InvalidInputException("recoveryCode", "give either code or recoveryCode, not both");
        }
        if (code != null) {
            return Optional.of(new SecondFactorProof.AuthenticatorCode(code));
        }
        return Optional.ofNullable(recoveryCode).map(SecondFactorProof.RecoveryCode::new);
    }

    @Override
    public String toString() {
        return "MfaLoginRequest[...]";
    }
}
