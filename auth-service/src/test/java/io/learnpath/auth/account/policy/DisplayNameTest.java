package io.learnpath.auth.account.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DisplayNameTest {

    @Test
    void trimsSurroundingWhitespace() {
        assertThat(DisplayName.of("  Ada Lovelace \n").value()).isEqualTo("Ada Lovelace");
    }

    @Test
    void allowsOneToEightyCharacters() {
        assertThat(DisplayName.violation("A")).isEmpty();
        assertThat(DisplayName.violation("n".repeat(80))).isEmpty();
        assertThat(DisplayName.violation("n".repeat(81))).contains("must be at most 80 characters");
        assertThat(DisplayName.violation("\uD83D\uDE00".repeat(80))).as("80 emoji").isEmpty();
    }

    @Test
    void requiresANameAfterTrimming() {
        assertThat(DisplayName.violation(null)).contains("is required");
        assertThat(DisplayName.violation(" \t ")).contains("is required");
    }

    @ParameterizedTest
    @ValueSource(strings = { "Ada\u0000", "Ada\tLovelace", "Ada\nLovelace", "Ada\u007F", "Ada\u2028Lovelace",
            "evil\u202Emoc.liame", "Ada\u2066x\u2069", "Ada \uD800", "\uDC00Ada" })
    void refusesControlCharacters(String name) {
        assertThat(DisplayName.violation(name)).contains("must not contain control characters");
    }

    @ParameterizedTest
    @ValueSource(strings = { "José Ramírez", "李小龍", "Zoë O'Brien-Smith", "\uD83D\uDC69\u200D\uD83D\uDCBB dev" })
    void acceptsNamesFromEverywhere(String name) {
        assertThat(DisplayName.violation(name)).isEmpty();
    }
}
