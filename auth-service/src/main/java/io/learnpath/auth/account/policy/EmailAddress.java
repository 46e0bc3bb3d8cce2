package io.learnpath.auth.account.policy;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An account's email, normalised so that one mailbox is one account: surrounding whitespace removed and
 * lower-cased. Well-formed means the HTML specification's pragmatic syntax (what browsers accept in
 * {@code type=email}) plus a dotted domain; quoted local parts and IP-literal domains are refused on purpose.
 */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL_PART = 64;
    private static final Pattern SYNTAX = Pattern.compile(
            "[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+");

    public EmailAddress {
        violation(value).ifPresent(problem -> {
            throw new IllegalArgumentException("email " + problem);
        });
        if (!value.equals(normalise(value))) {
            throw new IllegalArgumentException("email must be normalised");
        }
    }

    /** Parses what a person typed. */
    public static EmailAddress of(String raw) {
        return new EmailAddress(normalise(raw));
    }

    public static String normalise(String raw) {
        return raw == null ? null : raw.strip().toLowerCase(Locale.ROOT);
    }

    /** Why {@code raw} is not an acceptable email (checked after normalising), or empty when it is. */
    public static Optional<String> violation(String raw) {
        String email = normalise(raw);
        if (email == null || email.isEmpty()) {
            return Optional.of("is required");
        }
        if (email.length() > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        int at = email.lastIndexOf('@');
        boolean wellFormed = SYNTAX.matcher(email).matches() && at <= MAX_LOCAL_PART
                && !email.startsWith(".") && email.charAt(at - 1) != '.' && !email.substring(0, at).contains("..");
        return wellFormed ? Optional.empty() : Optional.of("must be a well-formed email address");
    }

    @Override
    public String toString() {
        return value;
    }
}
