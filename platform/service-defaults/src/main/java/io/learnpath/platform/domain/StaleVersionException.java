package io.learnpath.platform.domain;

/**
 * An update was made against a version that is no longer current (optimistic locking, {@code If-Match}): someone
 * else changed the resource first. The client reads it again and re-applies its change.
 */
public final class StaleVersionException extends DomainException {

    /**
     * @param what     the kind of thing, as a client names it ("roadmap")
     * @param key      its slug or id
     * @param expected the version the client based its change on
     * @param current  the version that is current now
     */
    public StaleVersionException(String what, Object key, Object expected, Object current) {
        super("The " + what + " '" + key + "' is at version " + current + ", not " + expected
                + ": read it again and re-apply the change");
    }
}
