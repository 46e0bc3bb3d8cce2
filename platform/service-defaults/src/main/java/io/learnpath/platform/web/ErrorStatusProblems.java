package io.learnpath.platform.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The problem for an error that ends in the web server instead of in {@link ProblemDetailsHandler}: a request
 * Tomcat or Netty refuses to parse, one Spring Security's firewall rejects, a {@code sendError} from a filter. All
 * there is to say is the status, so that is all it says: never the exception's message, a class name or the
 * server's. The services' container errors and the gateway's own refusals both use it, so they read alike.
 */
public final class ErrorStatusProblems {

    private ErrorStatusProblems() {
    }

    /**
     * A problem of the generic type for {@code status} ({@link ProblemTypes#forStatus}), titled with the status's
     * reason phrase; {@code instance} is the path the client asked for, when there is one that is a valid URI.
     */
    public static ProblemDetail forStatus(int status, String requestUri) {
        HttpStatusCode code = HttpStatusCode.valueOf(status);
        ProblemDetail problem = Problems.of(code, ProblemTypes.forStatus(code), title(code), detail(code));
        URI instance = instance(requestUri);
        if (instance != null) {
            problem.setInstance(instance);
        }
        return problem;
    }

    private static String title(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        if (known != null) {
            return known.getReasonPhrase();
        }
        return status.is4xxClientError() ? "Client error" : "Server error";
    }

    private static String detail(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "The request is malformed or not allowed, and was not processed";
            case 403 -> "This request is not allowed here";
            case 404 -> "Nothing is found at this path";
            case 405 -> "This method is not allowed here";
            case 413 -> "The request is larger than the server accepts";
            case 414 -> "The request line is longer than the server accepts";
            case 431 -> "The request's headers are larger than the server accepts";
            case 501 -> "The server does not support this method";
            default -> status.is4xxClientError() ? "The request was not processed"
                    : "Something went wrong on our side";
        };
    }

    // The raw path as the client sent it (still percent-encoded, so it is ASCII); Tomcat may have failed to parse it.
    private static URI instance(String requestUri) {
        if (requestUri == null || requestUri.isBlank()) {
            return null;
        }
        try {
            return URI.create(requestUri);
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
