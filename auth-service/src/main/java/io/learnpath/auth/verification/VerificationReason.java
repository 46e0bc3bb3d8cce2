package io.learnpath.auth.verification;

/** Why a verification link is mailed; the mail says it differently for each. */
public enum VerificationReason {
    SIGN_UP, EMAIL_CHANGE, RESEND
}
