package io.learnpath.platform.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

    @ParameterizedTest
    @ValueSource(strings = { "backend", "version-control", "http2", "a", "0-1-2" })
    void lowercaseWordsJoinedBySingleHyphensAreSlugs(String candidate) {
        assertThat(Slug.isValid(candidate)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "Backend", "version_control", "version--control", "-git", "git-", "git basics",
            "größe", "git/basics" })
    void anythingElseIsNot(String candidate) {
        assertThat(Slug.isValid(candidate)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = { 63, 64 })
    void upToSixtyFourCharactersAreAllowed(int length) {
        assertThat(Slug.isValid("a".repeat(length))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = { 65, 100 })
    void longerIsNot(int length) {
        assertThat(Slug.isValid("a".repeat(length))).isFalse();
    }
}
