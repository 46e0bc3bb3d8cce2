package io.learnpath.platform.web;

import io.learnpath.platform.domain.Slug;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A path variable, parameter or field that must be a {@link Slug}. A bad slug is answered as a validation problem
 * naming the parameter, before any lookup runs.
 */
@Documented
@Constraint(validatedBy = {})
@Size(max = Slug.MAX_LENGTH)
@Pattern(regexp = Slug.PATTERN)
@ReportAsSingleViolation
@Target({ ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidSlug {

    String message() default Slug.MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
