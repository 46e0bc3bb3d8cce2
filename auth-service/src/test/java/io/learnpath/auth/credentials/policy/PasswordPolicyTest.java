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
    void refusesTheMostCommonPasswordsWhateverTheCase() {
        assertThat(CommonPasswords.size()).isGreaterThanOrEqualTo(10_000);
        assertThat(policy.violation("qwerty123456", "ada@example.com"))
                .contains("is one of the most common passwords, which attackers try first: choose another");
        assertThat(policy.violation("1Q2W3E4R5T6Y", "ada@example.com")).isPresent();
        assertThat(policy.violation("qwerty123456 but longer", "ada@example.com")).isEmpty();
    }

    @Test
    void refusesTextThatIsNotUnicodeAndKeepsEverythingElseWhole() {
        assertThat(policy.violation("long enough \uD800 password", "ada@example.com"))
                .contains("must be valid Unicode text (it contains a lone surrogate)");
        assertThat(policy.violation("long enough \uDC00\uD83D password", "ada@example.com")).isPresent();
        assertThat(policy.violation("long enough \uD83D\uDE00 password", "ada@example.com")).isEmpty();
        assertThat(PasswordPolicy.isWellFormed("pass\u0000word with a NUL is still text")).isTrue();
    }

    @Test
    void judgesLengthWhenTheEmailIsMissing() {
        assertThat(policy.violation("long enough password", null)).isEmpty();
    }
}
