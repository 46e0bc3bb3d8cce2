package io.learnpath.progress.notes.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NoteBodyTest {

    @Test
    void acceptsMarkdownWithLineBreaksTabsAndAnyScriptUpToTheLimitCountedInCharacters() {
        assertThat(NoteBody.violation("# Title\n\n- item\twith tab\r\n[link](https://example.com) 日本語 🙂")).isEmpty();
        assertThat(NoteBody.violation("🙂".repeat(NoteBody.MAX_LENGTH))).as("code points, not UTF-16 units")
                .isEmpty();
    }

    @Test
    void refusesEmptyTooLongControlCharactersAndLoneSurrogates() {
        assertThat(NoteBody.violation(null)).isPresent();
        assertThat(NoteBody.violation(" \n ")).isPresent();
        assertThat(NoteBody.violation("a".repeat(NoteBody.MAX_LENGTH + 1))).hasValue("must be at most 10000 characters");
        assertThat(NoteBody.violation("a\u0000b")).isPresent();
        assertThat(NoteBody.violation("escape \u001b[31m")).isPresent();
        assertThat(NoteBody.violation("half \ud83d")).isPresent();
    }
}
