package io.learnpath.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
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
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every failure into {@code application/problem+json} with a stable {@code type}. Spring's base class
 * covers the framework's exceptions; this adds field lists for validation errors, a readable answer for a
 * malformed body or an unknown enum value, our own {@link ProblemException}s, and a last-resort 500 that says
 * nothing about the internals (the details go to the log, with the trace id).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsHandler.class);

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> handleProblem(ProblemException ex) {
        return ResponseEntity.status(ex.status()).body(ex.toProblemDetail());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> handleTypeMismatch(MethodArgumentTypeMismatchException ex) {
        ProblemDetail problem = validationProblem("'" + ex.getName() + "' has an invalid value",
                List.of(new FieldError(ex.getName(), "invalid value '" + ex.getValue() + "'")));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception ex) {
        log.error("Unhandled exception", ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side. It has been logged.");
        problem.setType(ProblemTypes.INTERNAL);
        problem.setTitle("Internal error");
        return ResponseEntity.internalServerError().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(summary(errors), errors));
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
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return ResponseEntity.badRequest().body(validationProblem(summary(errors), errors));
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
            problem = validationProblem("'" + field + "' has an invalid value",
                    List.of(new FieldError(field, "invalid value '" + invalid.getValue() + "'" + allowed)));
        } else if (ex.getCause() instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            String field = path(mismatched);
            problem = validationProblem("'" + field + "' has the wrong type", List.of(new FieldError(field,
                    "expected " + describe(mismatched.getTargetType()))));
        } else {
            problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    ex.getCause() instanceof JacksonException
                            ? "The request body is not valid JSON for this endpoint"
                            : "The request body is missing or unreadable");
            problem.setType(ProblemTypes.MALFORMED_REQUEST);
            problem.setTitle("Malformed request");
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
            problem.setType(switch (ex) {
                case NoResourceFoundException ignored -> ProblemTypes.NOT_FOUND;
                case HttpRequestMethodNotSupportedException ignored -> ProblemTypes.METHOD_NOT_ALLOWED;
                case HttpMediaTypeNotSupportedException ignored -> ProblemTypes.UNSUPPORTED_MEDIA_TYPE;
                case HttpMediaTypeNotAcceptableException ignored -> ProblemTypes.NOT_ACCEPTABLE;
                default -> statusCode.is4xxClientError() ? ProblemTypes.MALFORMED_REQUEST : ProblemTypes.INTERNAL;
            });
        }
        return response;
    }

    private static ProblemDetail validationProblem(String detail, List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setType(ProblemTypes.VALIDATION);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static String summary(List<FieldError> errors) {
        return errors.isEmpty() ? "The request is invalid"
                : errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "))
                        + (errors.size() == 1 ? " is invalid" : " are invalid");
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
