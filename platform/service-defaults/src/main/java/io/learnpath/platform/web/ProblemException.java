package io.learnpath.platform.web;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A problem that only the web edge can name, thrown by controllers and other web adapters (a malformed header, a
 * failed sign-in). Business code never throws it: it throws an {@link io.learnpath.platform.domain.DomainException}
 * or returns an outcome, and the edge decides the status. The message becomes the problem's {@code detail}, so it
 * must never carry secrets or internals.
 */
public class ProblemException extends RuntimeException {

    private final HttpStatus status;
    private final URI type;
    private final String title;
    private final Map<String, Object> properties;

    public ProblemException(HttpStatus status, URI type, String title, String detail) {
        this(status, type, title, detail, Map.of());
    }

    public ProblemException(HttpStatus status, URI type, String title, String detail, Map<String, Object> properties) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.properties = Map.copyOf(properties);
    }

    public HttpStatus status() {
        return status;
    }

    public ProblemDetail toProblemDetail() {
        ProblemDetail problem = Problems.of(status, type, title, getMessage());
        properties.forEach(problem::setProperty);
        return problem;
    }

    // Client errors are expected; a stack trace per 404 would only fill the logs.
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
