package io.learnpath.content.curriculum;

/**
 * One broken rule: which item ({@code kind} and {@code slug}), which field in it (a path such as
 * {@code questions[1].choices}) and what is wrong. Files report it as {@code topics/http.md: questions[1].choices},
 * the API as a field of a validation problem.
 */
public record Violation(ItemKind kind, String slug, String field, String message) {

    public String file() {
        return kind.fileOf(slug == null || slug.isBlank() ? "(no slug)" : slug);
    }

    @Override
    public String toString() {
        return file() + ": " + field + " " + message;
    }
}
