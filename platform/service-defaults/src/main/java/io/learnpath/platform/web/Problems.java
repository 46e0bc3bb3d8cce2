package io.learnpath.platform.web;

import io.learnpath.platform.domain.ConflictException;
import io.learnpath.platform.domain.DomainException;
import io.learnpath.platform.domain.FieldError;
import io.learnpath.platform.domain.ForbiddenException;
import io.learnpath.platform.domain.InvalidInputException;
import io.learnpath.platform.domain.NotFoundException;
import io.learnpath.platform.domain.StaleVersionException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * The one place RFC 9457 problems are built, for the services (servlet) and the gateway (reactive) alike: every
 * validation problem lists its fields the same way, 401 and 403 say the same thing on every hop, and each
 * {@link DomainException} maps to exactly one problem type.
 */
public final class Problems {

    public static final String UNAUTHORIZED_DETAIL =
            "A valid access token is required: send 'Authorization: Bearer <token>'";
    public static final String FORBIDDEN_DETAIL = "Your account may not do this";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    /** 400 with {@code errors: [{field, message}]}, sorted by field; the detail names the fields. */
    public static ProblemDetail validation(List<FieldError> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid request",
                InvalidInputException.summary(errors));
        problem.setProperty("errors", InvalidInputException.sortedByField(errors));
        return problem;
    }

    public static ProblemDetail unauthorized() {
        return of(HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHORIZED, "Unauthorized", UNAUTHORIZED_DETAIL);
    }

    public static ProblemDetail forbidden() {
        return of(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden", FORBIDDEN_DETAIL);
    }

    /** The problem a business outcome is answered with. */
    public static ProblemDetail from(DomainException exception) {
        return switch (exception) {
            case NotFoundException notFound ->
                    of(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", notFound.getMessage());
            case ConflictException conflict -> of(HttpStatus.CONFLICT, ProblemTypes.of(conflict.kind()),
                    conflict.title(), conflict.getMessage());
            case InvalidInputException invalid -> validation(invalid.errors());
            case ForbiddenException forbidden ->
                    of(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden", forbidden.getMessage());
            case StaleVersionException stale -> of(HttpStatus.PRECONDITION_FAILED, ProblemTypes.PRECONDITION_FAILED,
                    "Precondition failed", stale.getMessage());
        };
    }
}
