package io.learnpath.auth.account.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void trimsAndLowerCases() {
        assertThat(EmailAddress.of("  Ada.Lovelace@Example.COM\t").value()).isEqualTo("ada.lovelace@example.com");
    }

    @Test
    void lowerCasesWithoutTheDefaultLocale() {
        // In a Turkish locale "I".toLowerCase() is a dotless i; an email must not depend on the server's locale.
        assertThat(EmailAddress.normalise("IRIS@EXAMPLE.COM")).isEqualTo("iris@example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = { "ada@example.com", "ada+roadmaps@example.co.uk", "a.b-c_d@sub.example.org",
            "x@e-xample.io" })
    void acceptsOrdinaryAddresses(String email) {
        assertThat(EmailAddress.violation(email)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "plainaddress", "@example.com", "ada@", "ada@localhost", "ada@@example.com",
            "ada example@example.com", "ada@example..com", ".ada@example.com", "ada.@example.com",
            "ad..a@example.com", "ada@-example.com", "ada@example.com.", "\"ada\"@example.com", "ada@[127.0.0.1]",
            "adä@example.com" })
    void refusesMalformedAddresses(String email) {
        assertThat(EmailAddress.violation(email)).contains("must be a well-formed email address");
    }

    @Test
    void allowsAtMost254Characters() {
        String domain = "@" + "d".repeat(63) + "." + "e".repeat(63) + "." + "f".repeat(63) + ".com";
        String local = "l".repeat(254 - domain.length());
        assertThat(EmailAddress.violation(local + domain)).isEmpty();
        assertThat(EmailAddress.violation("l" + local + domain)).contains("must be at most 254 characters");
    }

    @Test
    void allowsAtMost64CharactersBeforeTheAt() {
        assertThat(EmailAddress.violation("l".repeat(64) + "@example.com")).isEmpty();
        assertThat(EmailAddress.violation("l".repeat(65) + "@example.com")).isPresent();
    }

    @Test
    void requiresAnAddress() {
        assertThat(EmailAddress.violation(null)).contains("is required");
        assertThat(EmailAddress.violation("   ")).contains("is required");
    }

    @Test
    void cannotBeBuiltUnnormalised() {
        assertThatIllegalArgumentException().isThrownBy(() -> new EmailAddress("Ada@example.com"));
        assertThatIllegalArgumentException().isThrownBy(() -> EmailAddress.of("nope"));
    }
}
