package io.learnpath.gateway.problem;

import io.learnpath.platform.web.ProblemTypes;
import java.net.URI;
import org.springframework.http.HttpStatusCode;

/**
 * The stable problem {@code type} for an HTTP status the gateway answers itself. Clients branch on the type, so
 * statuses the platform has a type for use it; anything else falls back to the generic kinds.
 */
public final class ProblemTypeForStatus {

    public static final URI GATEWAY_TIMEOUT = ProblemTypes.of("gateway-timeout");
    public static final URI BAD_GATEWAY = ProblemTypes.of("bad-gateway");
    public static final URI PAYLOAD_TOO_LARGE = ProblemTypes.of("payload-too-large");

    private ProblemTypeForStatus() {
    }

    public static URI of(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> ProblemTypes.MALFORMED_REQUEST;
            case 401 -> ProblemTypes.UNAUTHORIZED;
            case 403 -> ProblemTypes.FORBIDDEN;
            case 404 -> ProblemTypes.NOT_FOUND;
            case 405 -> ProblemTypes.METHOD_NOT_ALLOWED;
            case 406 -> ProblemTypes.NOT_ACCEPTABLE;
            case 412 -> ProblemTypes.PRECONDITION_FAILED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> ProblemTypes.UNSUPPORTED_MEDIA_TYPE;
            case 429 -> ProblemTypes.TOO_MANY_REQUESTS;
            case 502 -> BAD_GATEWAY;
            case 503 -> ProblemTypes.SERVICE_UNAVAILABLE;
            case 504 -> GATEWAY_TIMEOUT;
            default -> status.is4xxClientError() ? ProblemTypes.MALFORMED_REQUEST : ProblemTypes.INTERNAL;
        };
    }
}
