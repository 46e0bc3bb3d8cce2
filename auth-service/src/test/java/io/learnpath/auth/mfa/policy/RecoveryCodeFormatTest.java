package io.learnpath.auth.mfa.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RecoveryCodeFormatTest {

    @Test
    void aCodeIsSixteenCharactersOfCrockfordsAlphabetInFourGroups() {
        RandomGenerator random = new SecureRandom();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String code = RecoveryCodeFormat.generate(random);
            assertThat(code).matches("[0-9a-hjkmnp-tv-z]{4}(-[0-9a-hjkmnp-tv-z]{4}){3}")
                    .matches(RecoveryCodeFormat.TYPED);
            codes.add(code);
        }
        assertThat(codes).hasSize(1_000);
    }

    @Test
    void theCanonicalSpellingIgnoresCaseAndHyphens() {
        assertThat(RecoveryCodeFormat.canonical("7k3m-q9xz-a4c8-h2rt")).contains("7K3MQ9XZA4C8H2RT");
        assertThat(RecoveryCodeFormat.canonical("7K3MQ9XZA4C8H2RT")).contains("7K3MQ9XZA4C8H2RT");
        assertThat(RecoveryCodeFormat.canonical("7k3mq9xz-a4c8h2rt")).contains("7K3MQ9XZA4C8H2RT");
    }

    @Test
    void lettersThatLookLikeDigitsAreReadAsThem() {
        assertThat(RecoveryCodeFormat.canonical("o1il-0000-1111-abcd")).contains("011100001111ABCD");
    }

    @Test
    void textThatCannotBeACodeHasNoCanonicalSpelling() {
        assertThat(RecoveryCodeFormat.canonical("7k3m-q9xz-a4c8")).isEmpty();
        assertThat(RecoveryCodeFormat.canonical("7k3m-q9xz-a4c8-h2rt-7k3m")).isEmpty();
        // U is not in the alphabet: Crockford leaves it out so that no code reads as a word.
        assertThat(RecoveryCodeFormat.canonical("uuuu-q9xz-a4c8-h2rt")).isEmpty();
        assertThat(RecoveryCodeFormat.canonical("7k3m q9xz a4c8 h2rt")).isEmpty();
    }
}
