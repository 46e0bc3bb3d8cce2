package io.learnpath.platform.web;

import java.net.URI;

/**
 * The stable {@code type} of each kind of error (RFC 9457). Clients branch on these, never on the wording of
 * {@code title} or {@code detail}.
 */
public final class ProblemTypes {

    private static final String BASE = "https://learnpath.io/problems/";

    public static final URI VALIDATION = of("validation");
    public static final URI MALFORMED_REQUEST = of("malformed-request");
    public static final URI NOT_FOUND = of("not-found");
    public static final URI CONFLICT = of("conflict");
    public static final URI UNAUTHORIZED = of("unauthorized");
    public static final URI FORBIDDEN = of("forbidden");
    public static final URI METHOD_NOT_ALLOWED = of("method-not-allowed");
    public static final URI UNSUPPORTED_MEDIA_TYPE = of("unsupported-media-type");
    public static final URI NOT_ACCEPTABLE = of("not-acceptable");
    public static final URI PRECONDITION_FAILED = of("precondition-failed");
    public static final URI TOO_MANY_REQUESTS = of("too-many-requests");
    public static final URI SERVICE_UNAVAILABLE = of("service-unavailable");
    public static final URI INTERNAL = of("internal");

    private ProblemTypes() {
    }

    /** A service's own problem type, e.g. {@code of("invalid-credentials")}. */
    public static URI of(String kind) {
        return URI.create(BASE + kind);
    }
}
