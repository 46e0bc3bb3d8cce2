package io.learnpath.auth.credentials.policy;

import java.util.Optional;

/**
 * What a new password must satisfy, after OWASP ASVS (V6 / V2.1): length only, between 12 and 128 characters,
 * no composition rules (they push people to predictable patterns), any Unicode character including spaces.
 * Lengths count code points, so an emoji is one character as a person would count it.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /**
     * @param password        as typed, never trimmed: spaces are part of a passphrase
     * @param normalisedEmail the account's email, already trimmed and lower-cased; may be null when the email
     *                        itself is missing
     * @return why the password is refused, or empty when it is acceptable
     */
    public Optional<String> violation(String password, String normalisedEmail) {
        if (password == null || password.isEmpty()) {
            return Optional.of("is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        // The email is the first thing an attacker tries; a password equal to it is no secret.
        if (normalisedEmail != null && password.strip().equalsIgnoreCase(normalisedEmail)) {
            return Optional.of("must not be the same as the email address");
        }
        return Optional.empty();
    }
}
