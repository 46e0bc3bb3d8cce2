package io.learnpath.auth.account.policy;

import io.learnpath.auth.credentials.policy.PasswordPolicy;
import io.learnpath.platform.domain.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * What a registration must satisfy, judged as a whole so that every broken field is reported at once. The rules
 * live in {@link EmailAddress}, {@link DisplayName} and {@link PasswordPolicy}; the password rule needs the email,
 * which is why one policy sees all three fields.
 */
public final class RegistrationPolicy {

    private final PasswordPolicy passwordPolicy = new PasswordPolicy();

    /** Judges the fields as they were typed; an accepted registration carries them normalised. */
    public Verdict check(String email, String password, String displayName) {
        return check(email, password, displayName, null);
    }

    /** @param timeZone an IANA zone, or null for {@value TimeZoneName#DEFAULT} */
    public Verdict check(String email, String password, String displayName, String timeZone) {
        List<FieldError> violations = new ArrayList<>();
        EmailAddress.violation(email).ifPresent(message -> violations.add(new FieldError("email", message)));
        DisplayName.violation(displayName)
                .ifPresent(message -> violations.add(new FieldError("displayName", message)));
        passwordPolicy.violation(password, EmailAddress.normalise(email))
                .ifPresent(message -> violations.add(new FieldError("password", message)));
        if (timeZone != null) {
            TimeZoneName.violation(timeZone)
                    .ifPresent(message -> violations.add(new FieldError("timeZone", message)));
        }
        if (!violations.isEmpty()) {
            return new Verdict.Refused(violations);
        }
        return new Verdict.Accepted(EmailAddress.of(email), DisplayName.of(displayName), password,
                new TimeZoneName(timeZone == null ? TimeZoneName.DEFAULT : timeZone));
    }

    /** Either the registration's normalised fields, or every rule it breaks. */
    public sealed interface Verdict {

        record Accepted(EmailAddress email, DisplayName displayName, String password, TimeZoneName timeZone)
                implements Verdict {

            // Never let the password reach a log line through a record's generated toString.
            @Override
            public String toString() {
                return "Accepted[email=" + email + ", displayName=" + displayName + ", timeZone=" + timeZone + "]";
            }
        }

        /** @param violations one per broken field, in no particular order */
        record Refused(List<FieldError> violations) implements Verdict {

            public Refused {
                violations = List.copyOf(violations);
            }
        }
    }
}
