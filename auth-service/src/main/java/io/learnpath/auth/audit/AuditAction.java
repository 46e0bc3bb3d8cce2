package io.learnpath.auth.audit;

/** What the audit trail records. Each is also a tag value of the {@code learnpath.auth.audit.events} counter. */
public enum AuditAction {
    SIGNED_UP,
    SIGN_IN_SUCCEEDED,
    SIGN_IN_FAILED,
    LOCKED_OUT,
    SIGNED_OUT,
    REFRESH_TOKEN_REUSE_DETECTED,
    EMAIL_VERIFIED,
    EMAIL_CHANGE_REQUESTED,
    EMAIL_CHANGED,
    PASSWORD_RESET_REQUESTED,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    PROFILE_CHANGED,
    MFA_ENABLED,
    MFA_DISABLED,
    MFA_RECOVERY_CODES_REGENERATED,
    MFA_RECOVERY_CODE_USED,
    MFA_FAILED,
    ROLES_CHANGED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    ACCOUNT_DELETED
}
