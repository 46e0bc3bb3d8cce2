package io.learnpath.platform.web;

import java.net.URI;
import org.springframework.http.HttpStatusCode;

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
    public static final URI PAYLOAD_TOO_LARGE = of("payload-too-large");
    public static final URI BAD_GATEWAY = of("bad-gateway");
    public static final URI GATEWAY_TIMEOUT = of("gateway-timeout");

    private ProblemTypes() {
    }

    /**
     * The generic type for a status that has no more specific kind: what the gateway answers for its own errors
     * and what the services give the framework's untyped ones.
     */
    public static URI forStatus(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> TOO_MANY_REQUESTS;
            case 502 -> BAD_GATEWAY;
            case 503 -> SERVICE_UNAVAILABLE;
            case 504 -> GATEWAY_TIMEOUT;
            default -> status.is4xxClientError() ? MALFORMED_REQUEST : INTERNAL;
        };
    }

    /** A service's own problem type, e.g. {@code of("invalid-credentials")}. */
    public static URI of(String kind) {
        return URI.create(BASE + kind);
    }
}
