package io.learnpath.progress.catalog.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.progress.catalog.AnswerKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AnswerKeyCheckTest {

    private static final UUID TOPIC = UUID.fromString("0b8f4c2e-6a1d-4e3b-9f7c-2d5a8e1b4c60");

    @Test
    void usable_keys_and_topics_without_questions_pass() {
        assertThat(AnswerKeyCheck.unusable(Map.of(TOPIC, List.of(new AnswerKey("q1", 3, "c"),
                new AnswerKey("q2", 2, "a")), UUID.randomUUID(), List.of()))).isEmpty();
    }

    @Test
    void a_right_choice_outside_the_choices_is_unusable() {
        assertThat(AnswerKeyCheck.unusable(Map.of(TOPIC, List.of(new AnswerKey("q1", 3, "d")))))
                .hasValueSatisfying(problem -> assertThat(problem).contains("q1").contains("(d)"));
        assertThat(AnswerKeyCheck.unusable(Map.of(TOPIC, List.of(new AnswerKey("q1", 3, "B"))))).isPresent();
        assertThat(AnswerKeyCheck.unusable(Map.of(TOPIC, List.of(new AnswerKey("q1", 3, null))))).isPresent();
    }

    @Test
    void a_question_twice_or_with_fewer_than_two_choices_is_unusable() {
        assertThat(AnswerKeyCheck.unusable(Map.of(TOPIC, List.of(new AnswerKey("q1", 2, "a"),
                new AnswerKey("q1", 2, "b"))))).hasValueSatisfying(problem -> assertThat(problem).contains("twice"));
        assertThat(AnswerKeyCheck.unusable(Map.of(TOPIC, List.of(new AnswerKey("q1", 1, "a")))))
                .hasValueSatisfying(problem -> assertThat(problem).contains("fewer than two"));
        assertThat(AnswerKeyCheck.unusable(Map.of(TOPIC, List.of(new AnswerKey(" ", 2, "a"))))).isPresent();
    }
}
