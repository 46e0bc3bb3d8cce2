package io.learnpath.auth.account;

import io.learnpath.auth.credentials.PasswordPolicy;
import io.learnpath.platform.web.FieldError;
import io.learnpath.platform.web.ProblemTypes;
import io.learnpath.platform.web.ProblemException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Checks a registration as a whole and reports every broken field at once, in the platform's validation problem
 * shape ({@code errors: [{field, message}]}). The rules live in {@link EmailAddress}, {@link DisplayName} and
 * {@link PasswordPolicy}; the password rule needs the email, which is why one class sees all three fields.
 */
@Component
class RegistrationRules {

    private final PasswordPolicy passwordPolicy = new PasswordPolicy();

    ValidRegistration check(RegistrationRequest request) {
        List<FieldError> errors = new ArrayList<>();
        EmailAddress.violation(request.email()).ifPresent(message -> errors.add(new FieldError("email", message)));
        DisplayName.violation(request.displayName())
                .ifPresent(message -> errors.add(new FieldError("displayName", message)));
        passwordPolicy.violation(request.password(), EmailAddress.normalise(request.email()))
                .ifPresent(message -> errors.add(new FieldError("password", message)));
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparing(FieldError::field));
            String fields = errors.stream().map(FieldError::field).collect(Collectors.joining(", "));
            throw new ProblemException(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid request",
                    fields + (errors.size() == 1 ? " is invalid" : " are invalid"), Map.of("errors", errors));
        }
        return new ValidRegistration(EmailAddress.of(request.email()), DisplayName.of(request.displayName()),
                request.password());
    }

    record ValidRegistration(EmailAddress email, DisplayName displayName, String password) {

        @Override
        public String toString() {
            return "ValidRegistration[email=" + email + "]";
        }
    }
}
