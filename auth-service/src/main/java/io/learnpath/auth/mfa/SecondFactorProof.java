package io.learnpath.auth.mfa;

/** What a learner shows besides the password: the code the authenticator app shows, or a recovery code. */
public sealed interface SecondFactorProof {

    /** Six digits from the authenticator app. */
    record AuthenticatorCode(String code) implements SecondFactorProof {

        @Override
        public String toString() {
            return "AuthenticatorCode[...]";
        }
    }

    /** One of the recovery codes shown when MFA was turned on, for when the app is lost; it works once. */
    record RecoveryCode(String code) implements SecondFactorProof {

        @Override
        public String toString() {
            return "RecoveryCode[...]";
        }
    }
}
