package io.learnpath.auth.credentials.policy;

import java.util.Optional;

/**
 * What a new password must satisfy, after NIST SP 800-63B and OWASP ASVS 5.0 (V6): between 12 and 128 characters,
 * no composition rules (they push people to predictable patterns), any Unicode character including spaces, never
 * truncated (Argon2 hashes all of it), and not one of the {@linkplain CommonPasswords most common passwords}.
 * Lengths count code points, so an emoji is one character as a person would count it. Text that is not valid
 * Unicode (a lone UTF-16 surrogate, which a JSON string can carry as an escape) is refused: it cannot be encoded, so no
 * one could type it again.
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
        if (!isWellFormed(password)) {
            return Optional.of("must be valid Unicode text (it contains a lone surrogate)");
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
        if (CommonPasswords.contains(password)) {
            return Optional.of("is one of the most common passwords, which attackers try first: choose another");
        }
        return Optional.empty();
    }

    /** False when the text has a UTF-16 surrogate without its other half: not a sequence of Unicode characters. */
    public static boolean isWellFormed(String text) {
        return text.codePoints().noneMatch(codePoint -> codePoint >= Character.MIN_SURROGATE
                && codePoint <= Character.MAX_SURROGATE);
    }
}
