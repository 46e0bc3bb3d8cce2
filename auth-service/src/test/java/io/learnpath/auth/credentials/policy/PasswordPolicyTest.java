package io.learnpath.auth.credentials.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsTwelveToOneHundredTwentyEightCharacters() {
        assertThat(policy.violation("a".repeat(12), "ada@example.com")).isEmpty();
        assertThat(policy.violation("a".repeat(128), "ada@example.com")).isEmpty();
    }

    @Test
    void refusesElevenCharacters() {
        assertThat(policy.violation("a".repeat(11), "ada@example.com")).contains("must be at least 12 characters");
    }

    @Test
    void refusesMoreThanOneHundredTwentyEightCharacters() {
        assertThat(policy.violation("a".repeat(129), "ada@example.com")).contains("must be at most 128 characters");
    }

    @Test
    void requiresAPassword() {
        assertThat(policy.violation(null, "ada@example.com")).contains("is required");
        assertThat(policy.violation("", "ada@example.com")).contains("is required");
    }

    @Test
    void hasNoCompositionRules() {
        assertThat(policy.violation("alllowercaseletters", "ada@example.com")).isEmpty();
        assertThat(policy.violation("            ", "ada@example.com")).as("twelve spaces").isEmpty();
    }

    @Test
    void countsCharactersNotUtf16Units() {
        String twelveEmoji = "\uD83D\uDE00".repeat(12);
        String elevenEmoji = "\uD83D\uDE00".repeat(11);
        assertThat(policy.violation(twelveEmoji, "ada@example.com")).isEmpty();
        assertThat(policy.violation(elevenEmoji, "ada@example.com")).isPresent();
        assertThat(policy.violation("\uD83D\uDE00".repeat(128), "ada@example.com")).isEmpty();
    }

    @Test
    void refusesThePasswordThatIsTheEmail() {
        assertThat(policy.violation("ada.lovelace@example.com", "ada.lovelace@example.com"))
                .contains("must not be the same as the email address");
        assertThat(policy.violation(" Ada.Lovelace@Example.com ", "ada.lovelace@example.com")).isPresent();
    }

    @Test
    void judgesLengthWhenTheEmailIsMissing() {
        assertThat(policy.violation("long enough password", null)).isEmpty();
    }
}
