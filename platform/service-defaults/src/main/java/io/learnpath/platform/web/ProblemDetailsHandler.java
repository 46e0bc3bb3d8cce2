package io.learnpath.platform.web;

import java.util.List;
import java.util.stream.Collectors;
import io.learnpath.platform.domain.DomainException;
import io.learnpath.platform.domain.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every failure into {@code application/problem+json} with a stable {@code type}. Spring's base class
 * covers the framework's exceptions; this adds field lists for validation errors, a readable answer for a
 * malformed body or an unknown enum value, business outcomes ({@link DomainException}, one problem type each, see
 * {@link Problems#from}), the edge's own {@link ProblemException}s, and a last-resort 500 that says
 * nothing about the internals (the details go to the log, with the trace id).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsHandler.class);

    // By name: Spring Security is optional for the platform, and this handler must load without it.
    private static final String SPRING_SECURITY = "org.springframework.security.";

    // Tomcat decodes the query string when a parameter is first read, and throws this for bytes that are no
    // UTF-8 (?page=%ff). The client sent them, so it is a 400. By name: the platform does not tie itself to Tomcat.
    private static final String UNDECODABLE_PARAMETER = "org.apache.tomcat.util.http.InvalidParameterException";

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> handleOutcome(DomainException ex) {
        ProblemDetail problem = Problems.from(ex);
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> handleProblem(ProblemException ex) {
        return ResponseEntity.status(ex.status()).body(ex.toProblemDetail());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException ex) {
        return ResponseEntity.badRequest().body(Problems.validation(
                List.of(new FieldError(ex.getName(), "invalid value '" + ex.getValue() + "'"))));
    }

    /**
     * A {@code multipart/*} Content-Type makes the dispatcher read the body as parts before any handler is chosen,
     * whatever the operation takes; a body that is no such thing (no boundary, cut short) is the client's fault.
     * An upload over the size limit ({@code MaxUploadSizeExceededException}) stays the base class's 413.
     */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> handleMultipart(MultipartException ex) {
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST,
                "Malformed request", "The request body is not the multipart content its Content-Type says"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex) throws Exception {
        if (ex.getClass().getName().startsWith(SPRING_SECURITY)) {
            // Method security (@PreAuthorize) denies by throwing from the controller: Spring Security's filter
            // turns that into the platform's 401/403 problem; answering it here would make it a 500.
            throw ex;
        }
        if (ex.getClass().getName().equals(UNDECODABLE_PARAMETER)) {
            return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST,
                    ProblemTypes.MALFORMED_REQUEST, "Malformed request",
                    "The query string is not valid percent-encoded UTF-8"));
        }
        if (unstorableCharacter(ex)) {
            // Only a client puts a NUL into a search term or a text: PostgreSQL takes it in no text value.
            return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST,
                    ProblemTypes.MALFORMED_REQUEST, "Malformed request",
                    "The request contains a character that cannot be stored or searched for (NUL)"));
        }
        if (databaseUnreachable(ex)) {
            // Not a bug but an outage (the readiness probe says so too): the client may retry shortly.
            log.warn("Database unreachable: {}", ex.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5")
                    .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
                            "Service Unavailable", "Our database cannot be reached right now; try again shortly"));
        }
        log.error("Unhandled exception", ex);
        return ResponseEntity.internalServerError().body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR,
                ProblemTypes.INTERNAL, "Internal error", "Something went wrong on our side. It has been logged."));
    }

    /**
     * Whether {@code ex} comes from a database that cannot be reached: Spring's translation of a failed connection
     * (however it surfaces: a failed connection, transaction begin or rollback), or a JDBC error of SQLSTATE class
     * 08 (connection exception) or 57P (operator intervention: the server shut down or ended the connection).
     */
    static boolean databaseUnreachable(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (isA(cause, "org.springframework.dao.DataAccessResourceFailureException")
                    || isA(cause, "org.springframework.transaction.CannotCreateTransactionException")
                    || cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /**
     * Whether {@code ex} is PostgreSQL refusing a character in a value the request brought: SQLSTATE 22021
     * (character not in repertoire: "invalid byte sequence for encoding UTF8: 0x00") or 22P05 (untranslatable
     * character).
     */
    static boolean unstorableCharacter(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql
                    && ("22021".equals(sql.getSQLState()) || "22P05".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    // By name: a service without JDBC (the registry) has neither Spring class on its classpath.
    private static boolean isA(Throwable throwable, String className) {
        for (Class<?> type = throwable.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals(className)) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // Also query parameters bound to a record (PageQuery): a value that does not convert is a binding failure,
        // whose default message is a Java conversion trace; say what the client sent instead.
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.isBindingFailure()
                        ? "invalid value '" + error.getRejectedValue() + "'"
                        : error.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(Problems.validation(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result instanceof ParameterErrors bodyErrors
                        // A @Valid body validated together with constrained path variables: name its fields.
                        ? bodyErrors.getFieldErrors().stream()
                                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                        : result.getResolvableErrors().stream()
                                .map(error -> new FieldError(result.getMethodParameter().getParameterName(),
                                        error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(Problems.validation(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem;
        if (ex.getCause() instanceof InvalidFormatException invalid) {
            String field = path(invalid);
            String allowed = invalid.getTargetType() != null && invalid.getTargetType().isEnum()
                    ? "; allowed: " + List.of(invalid.getTargetType().getEnumConstants()).stream()
                            .map(Object::toString).collect(Collectors.joining(", "))
                    : "";
            problem = Problems.validation(
                    List.of(new FieldError(field, "invalid value '" + invalid.getValue() + "'" + allowed)));
        } else if (ex.getCause() instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            String field = path(mismatched);
            problem = Problems.validation(
                    List.of(new FieldError(field, "expected " + describe(mismatched.getTargetType()))));
        } else {
            problem = Problems.of(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
                    ex.getCause() instanceof JacksonException
                            ? "The request body is not valid JSON for this endpoint"
                            : "The request body is missing or unreadable");
        }
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        // Give the framework's own problems (404 route, 405, 415, ...) our stable types as well; Spring leaves
        // them untyped (null or about:blank).
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(ProblemTypes.forStatus(statusCode));
        }
        return response;
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    private static String path(JacksonException ex) {
        String joined = ex.getPath().stream()
                .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
        return joined.isEmpty() ? "body" : joined;
    }
}
