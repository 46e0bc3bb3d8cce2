package io.learnpath.auth.mfa;

import java.time.Instant;

/**
 * Whether signing in takes a code from an authenticator app, since when, and how many recovery codes are left.
 *
 * @param enabledAt        null while MFA is off
 * @param enrolmentPending an enrolment was started and not yet confirmed with a first code
 */
public record MfaStatus(boolean enabled, Instant enabledAt, boolean enrolmentPending, int recoveryCodesLeft) {
}
