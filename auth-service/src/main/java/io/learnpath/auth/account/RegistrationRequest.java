package io.learnpath.auth.account;

/** The body of {@code POST /api/auth/register}; checked by {@link RegistrationRules}, not by annotations. */
public record RegistrationRequest(String email, String password, String displayName) {

    // Never let the password reach a log line through a record's generated toString.
    @Override
    public String toString() {
        return "RegistrationRequest[email=" + email + ", displayName=" + displayName + "]";
    }
}
