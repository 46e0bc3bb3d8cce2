package io.learnpath.content.curriculum;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A self-check question. {@code id} is a slug unique within its topic and stable across versions, so a learner's
 * recorded answer keeps meaning something after the question is reworded.
 */
public record Question(String id, String prompt, List<Choice> choices, String explanation) {

    public Question {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    /** Choices are addressed as {@code a}, {@code b}, {@code c}... by their position. */
    public static String keyOf(int position) {
        return String.valueOf((char) ('a' + position));
    }

    /**
     * A choice; {@code correct} is true on the right answer and left out (null) on the others, in files and JSON,
     * so only the right answer carries the flag.
     */
    public record Choice(String text, @JsonInclude(JsonInclude.Include.NON_NULL) Boolean correct) {

        public Choice {
            correct = Boolean.TRUE.equals(correct) ? Boolean.TRUE : null;
        }

        public Choice(String text, boolean correct) {
            this(text, Boolean.valueOf(correct));
        }

        @JsonIgnore
        public boolean isRight() {
            return Boolean.TRUE.equals(correct);
        }
    }
}
