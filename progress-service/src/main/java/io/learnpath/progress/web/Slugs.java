package io.learnpath.progress.web;

import io.learnpath.platform.web.FieldError;
import io.learnpath.platform.web.ProblemException;
import io.learnpath.platform.web.ProblemTypes;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/**
 * Checks slugs taken from the path before they reach the database. Done by hand rather than with {@code @Pattern}
 * on the path variables: a constraint on a parameter switches Spring MVC to method validation, which reports a
 * {@code @Valid} request body's field errors under the parameter's name instead of the field's.
 */
public final class Slugs {

    static final int MAX_LENGTH = 100;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Slugs() {
    }

    /** @throws ProblemException a 400 validation problem naming {@code field} when the value is not a slug */
    public static String require(String field, String value) {
        if (value == null || value.length() > MAX_LENGTH || !SLUG.matcher(value).matches()) {
            String message = "must be lowercase letters, digits and single hyphens, at most " + MAX_LENGTH
                    + " characters";
            throw new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid request",
                    field + " is invalid", Map.of("errors", List.of(new FieldError(field, message))));
        }
        return value;
    }
}
