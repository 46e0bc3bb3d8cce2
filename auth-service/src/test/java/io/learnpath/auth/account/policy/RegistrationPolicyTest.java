package io.learnpath.auth.account.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.auth.account.policy.RegistrationPolicy.Verdict;
import io.learnpath.platform.domain.FieldError;
import org.junit.jupiter.api.Test;

class RegistrationPolicyTest {

    private static final String PASSWORD = "correct horse battery staple";

    private final RegistrationPolicy policy = new RegistrationPolicy();

    @Test
    void acceptsAValidRegistrationWithItsFieldsNormalised() {
        Verdict verdict = policy.check("  Ada@Example.COM ", PASSWORD, " Ada Lovelace ");

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Accepted.class, accepted -> {
            assertThat(accepted.email().value()).isEqualTo("ada@example.com");
            assertThat(accepted.displayName().value()).isEqualTo("Ada Lovelace");
            assertThat(accepted.password()).isEqualTo(PASSWORD);
        });
    }

    @Test
    void reportsEveryBrokenFieldAtOnce() {
        Verdict verdict = policy.check("nope", "short", "");

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Refused.class,
                refused -> assertThat(refused.violations()).containsExactlyInAnyOrder(
                        new FieldError("email", "must be a well-formed email address"),
                        new FieldError("password", "must be at least 12 characters"),
                        new FieldError("displayName", "is required")));
    }

    @Test
    void judgesThePasswordAgainstTheNormalisedEmail() {
        Verdict verdict = policy.check(" Ada@Example.com", "ada@example.com", "Ada");

        assertThat(verdict).isInstanceOfSatisfying(Verdict.Refused.class,
                refused -> assertThat(refused.violations()).containsExactly(
                        new FieldError("password", "must not be the same as the email address")));
    }

    @Test
    void keepsThePasswordOutOfItsDescription() {
        assertThat(policy.check("ada@example.com", PASSWORD, "Ada").toString()).doesNotContain(PASSWORD);
    }
}
