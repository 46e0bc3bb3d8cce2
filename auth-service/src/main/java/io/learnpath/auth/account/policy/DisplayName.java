package io.learnpath.auth.account.policy;

import java.util.Optional;

/**
 * The name shown to other people: 1 to 80 characters after trimming, counted as code points. Control characters,
 * line breaks and bidirectional overrides are refused: they break layouts and let a name pose as someone else's
 * ("evil\u202Emoc.liame"), and nobody needs them in a name.
 */
public record DisplayName(String value) {

    public static final int MAX_LENGTH = 80;

    public DisplayName {
        violation(value).ifPresent(problem -> {
            throw new IllegalArgumentException("displayName " + problem);
        });
        if (!value.equals(normalise(value))) {
            throw new IllegalArgumentException("displayName must be trimmed");
        }
    }

    public static DisplayName of(String raw) {
        return new DisplayName(normalise(raw));
    }

    public static String normalise(String raw) {
        return raw == null ? null : raw.strip();
    }

    public static Optional<String> violation(String raw) {
        String name = normalise(raw);
        if (name == null || name.isEmpty()) {
            return Optional.of("is required");
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        if (name.codePoints().anyMatch(DisplayName::forbidden)) {
            return Optional.of("must not contain control characters");
        }
        return Optional.empty();
    }

    private static boolean forbidden(int codePoint) {
        int type = Character.getType(codePoint);
        // A lone surrogate (from "\uD800" in JSON) is no character at all; PostgreSQL would store it as "?".
        return type == Character.CONTROL || type == Character.SURROGATE || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || (codePoint >= 0x202A && codePoint <= 0x202E) // bidi embeddings and overrides
                || (codePoint >= 0x2066 && codePoint <= 0x2069); // bidi isolates
    }

    @Override
    public String toString() {
        return value;
    }
}
