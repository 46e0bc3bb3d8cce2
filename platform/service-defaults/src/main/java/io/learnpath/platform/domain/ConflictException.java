package io.learnpath.platform.domain;

/**
 * The request is valid on its own but collides with what already exists (an email already registered, a slug
 * already taken). {@code kind} names the collision and becomes the problem type, so clients can branch on it.
 */
public final class ConflictException extends DomainException {

    private final String kind;
    private final String title;

    /**
     * @param kind   a stable, kebab-case name of the conflict, e.g. {@code email-taken}
     * @param title  a short human summary of the kind, e.g. "Email taken"
     * @param detail what happened in this case
     */
    public ConflictException(String kind, String title, String detail) {
        super(detail);
        this.kind = kind;
        this.title = title;
    }

    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }
}
