package io.learnpath.progress.notes.policy;

import java.util.Optional;

/**
 * What a note may hold: Markdown text with links, 1 to {@value #MAX_LENGTH} characters (code points). Line breaks
 * and tabs are text; other control characters and lone UTF-16 surrogates are not (PostgreSQL would refuse a NUL
 * and store a lone surrogate as "?"), so they are refused with a clear problem instead of a 500.
 */
public final class NoteBody {

    public static final int MAX_LENGTH = 10_000;

    private NoteBody() {
    }

    /** Why {@code body} cannot be a note, or empty when it can. */
    public static Optional<String> violation(String body) {
        if (body == null || body.isBlank()) {
            return Optional.of("is required (delete the note to remove it)");
        }
        if (body.codePointCount(0, body.length()) > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        if (body.codePoints().anyMatch(NoteBody::forbidden)) {
            return Optional.of("must not contain control characters other than line breaks and tabs");
        }
        return Optional.empty();
    }

    private static boolean forbidden(int codePoint) {
        if (codePoint == '\n' || codePoint == '\r' || codePoint == '\t') {
            return false;
        }
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.SURROGATE;
    }
}
