package io.learnpath.auth.audit;

/**
 * Where the request being served came from, for the audit trail. Set by the web edge
 * ({@code audit.web.ClientOriginFilter}) for the length of one request, so that features record "from where"
 * without knowing HTTP; work outside a request (a scheduled job) has none.
 */
public record ClientOrigin(String remoteAddress, String forwardedFor, String userAgent) {

    private static final ClientOrigin NONE = new ClientOrigin(null, null, null);
    private static final ThreadLocal<ClientOrigin> CURRENT = new ThreadLocal<>();

    public static ClientOrigin current() {
        ClientOrigin origin = CURRENT.get();
        return origin == null ? NONE : origin;
    }

    /** Runs the rest of the request with this origin; clears it afterwards, as request threads are reused. */
    public static void set(ClientOrigin origin) {
        CURRENT.set(origin);
    }

    public static void clear() {
        CURRENT.remove();
    }
}
