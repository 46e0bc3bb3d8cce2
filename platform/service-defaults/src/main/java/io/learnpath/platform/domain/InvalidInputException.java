package io.learnpath.platform.domain;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that breaks a business rule which bean validation cannot express (a password equal to the email, a
 * prerequisite cycle). Lists every broken field at once, like a bean-validation failure, so a client can show all
 * of them together.
 */
public final class InvalidInputException extends DomainException {

    private final List<FieldError> errors;

    /** @param errors at least one */
    public InvalidInputException(List<FieldError> errors) {
        super(summary(requireSome(errors)));
        this.errors = sortedByField(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    /** The broken fields, sorted by name so that answers are stable. */
    public List<FieldError> errors() {
        return errors;
    }

    /** "email is invalid", "email, password are invalid": the detail of every validation problem. */
    public static String summary(List<FieldError> errors) {
        if (errors.isEmpty()) {
            return "The request is invalid";
        }
        List<String> fields = sortedByField(errors).stream().map(FieldError::field).distinct().toList();
        return String.join(", ", fields) + (fields.size() == 1 ? " is invalid" : " are invalid");
    }

    public static List<FieldError> sortedByField(List<FieldError> errors) {
        return errors.stream().sorted(Comparator.comparing(FieldError::field)).collect(Collectors.toUnmodifiableList());
    }

    private static List<FieldError> requireSome(List<FieldError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("An invalid input names at least one field");
        }
        return errors;
    }
}
