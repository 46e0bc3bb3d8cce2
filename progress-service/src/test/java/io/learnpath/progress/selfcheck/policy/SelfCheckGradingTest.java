package io.learnpath.progress.selfcheck.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.platform.domain.FieldError;
import io.learnpath.progress.catalog.AnswerKey;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SelfCheckGradingTest {

    private static final List<AnswerKey> FIVE = List.of(new AnswerKey("q1", 3, "a"), new AnswerKey("q2", 2, "b"),
            new AnswerKey("q3", 4, "d"), new AnswerKey("q4", 3, "c"), new AnswerKey("q5", 2, "a"));

    @Test
    void scores_each_answer_against_its_key() {
        SelfCheckGrading.Grade grade = SelfCheckGrading.grade(FIVE,
                Map.of("q1", "a", "q2", "a", "q3", "d", "q4", "c", "q5", "a"), 0.8);

        assertThat(grade.correct()).isEqualTo(4);
        assertThat(grade.total()).isEqualTo(5);
        assertThat(grade.results().get(1))
                .isEqualTo(new SelfCheckGrading.Result("q2", "a", false, "b"));
    }

    @Test
    void the_pass_mark_is_a_share_of_right_answers_rounded_up_to_whole_answers() {
        Map<String, String> fourRight = Map.of("q1", "a", "q2", "a", "q3", "d", "q4", "c", "q5", "a");
        Map<String, String> threeRight = Map.of("q1", "a", "q2", "a", "q3", "a", "q4", "c", "q5", "a");

        assertThat(SelfCheckGrading.grade(FIVE, fourRight, 0.8).passed()).isTrue();
        assertThat(SelfCheckGrading.grade(FIVE, threeRight, 0.8).passed()).isFalse();
        assertThat(SelfCheckGrading.grade(FIVE, threeRight, 0.6).passed()).isTrue();
        // 0.8 of 3 questions is 2.4: it takes all three.
        List<AnswerKey> three = FIVE.subList(0, 3);
        assertThat(SelfCheckGrading.grade(three, Map.of("q1", "a", "q2", "b", "q3", "a"), 0.8).passed()).isFalse();
        assertThat(SelfCheckGrading.grade(three, Map.of("q1", "a", "q2", "b", "q3", "d"), 0.8).passed()).isTrue();
    }

    @Test
    void names_every_question_unanswered_answered_with_no_choice_of_it_or_unknown() {
        List<FieldError> problems = SelfCheckGrading.problems(FIVE.subList(0, 3),
                Map.of("q1", "c", "q2", "c", "q9", "a", "q0", "b"));

        assertThat(problems).containsExactly(
                new FieldError("answers.q2", "must be one of a, b"),
                new FieldError("answers.q3", "must be answered"),
                new FieldError("answers.q0", "is not a question of this topic"),
                new FieldError("answers.q9", "is not a question of this topic"));
    }

    @Test
    void a_choice_key_is_one_lower_case_letter() {
        List<AnswerKey> one = List.of(new AnswerKey("q1", 3, "a"));

        assertThat(SelfCheckGrading.problems(one, Map.of("q1", "A"))).hasSize(1);
        assertThat(SelfCheckGrading.problems(one, Map.of("q1", "ab"))).hasSize(1);
        assertThat(SelfCheckGrading.problems(one, Map.of("q1", ""))).hasSize(1);
        assertThat(SelfCheckGrading.problems(one, Map.of("q1", "c"))).isEmpty();
    }
}
