package io.learnpath.platform.domain;

/**
 * Nothing of this kind has this key, or nothing the caller may see: object-level authorization answers "not
 * found" rather than "forbidden" for another learner's resource, so that ids cannot be probed.
 *
 * @see #NotFoundException(String, Object)
 */
public final class NotFoundException extends DomainException {

    private final String what;

    /**
     * @param what the kind of thing, as a client names it ("roadmap", "topic", "notification")
     * @param key  the slug or id the client asked for
     */
    public NotFoundException(String what, Object key) {
        super("No " + what + " '" + key + "'");
        this.what = what;
    }

    public String what() {
        return what;
    }
}
