package io.learnpath.auth.account;

import io.learnpath.auth.account.policy.RegistrationPolicy;

/**
 * The body of {@code POST /api/auth/register}; checked by {@link RegistrationPolicy}, not by annotations, so that
 * every broken field is named at once with the policy's own messages. {@code timeZone} is optional (IANA name,
 * {@code UTC} when absent).
 */
public record RegistrationRequest(String email, String password, String displayName, String timeZone) {

    // Never let the password reach a log line through a record's generated toString.
    @Override
    public String toString() {
        return "RegistrationRequest[email=" + email + ", displayName=" + displayName + ", timeZone=" + timeZone + "]";
    }
}
