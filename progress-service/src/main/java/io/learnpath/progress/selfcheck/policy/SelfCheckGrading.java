package io.learnpath.progress.selfcheck.policy;

import io.learnpath.platform.domain.FieldError;
import io.learnpath.progress.catalog.AnswerKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Grades a learner's answers to a topic's self-check against its answer keys. Every question must be answered,
 * with one of its choices ({@code a}, {@code b}... by position): a partial attempt is not a score of the topic.
 */
public final class SelfCheckGrading {

    private SelfCheckGrading() {
    }

    public record Result(String questionId, String choice, boolean correct, String correctChoice) {
    }

    public record Grade(int correct, int total, boolean passed, List<Result> results) {
    }

    /** What is wrong with the answers, each naming the field: {@code answers.<questionId>}; empty when gradable. */
    public static List<FieldError> problems(List<AnswerKey> keys, Map<String, String> answers) {
        List<FieldError> problems = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>();
        for (AnswerKey key : keys) {
            known.add(key.questionId());
            String choice = answers.get(key.questionId());
            if (choice == null) {
                problems.add(new FieldError("answers." + key.questionId(), "must be answered"));
            } else if (!isChoiceOf(choice, key)) {
                problems.add(new FieldError("answers." + key.questionId(),
                        "must be one of " + choiceKeys(key.choices())));
            }
        }
        answers.keySet().stream().filter(id -> !known.contains(id)).sorted().forEach(id -> problems.add(
                new FieldError("answers." + id, "is not a question of this topic")));
        return problems;
    }

    /** Grades answers that {@link #problems} found nothing wrong with. */
    public static Grade grade(List<AnswerKey> keys, Map<String, String> answers, double passMark) {
        List<Result> results = keys.stream().map(key -> {
            String choice = answers.get(key.questionId());
            return new Result(key.questionId(), choice, choice.equals(key.correctChoice()), key.correctChoice());
        }).toList();
        int correct = (int) results.stream().filter(Result::correct).count();
        // In decimals, so that 0.8 of 5 is exactly 4 (as doubles it could be 4.000000001 and fail four right).
        boolean passed = BigDecimal.valueOf(correct)
                .compareTo(BigDecimal.valueOf(passMark).multiply(BigDecimal.valueOf(keys.size()))) >= 0;
        return new Grade(correct, keys.size(), passed, results);
    }

    private static boolean isChoiceOf(String choice, AnswerKey key) {
        return choice.length() == 1 && choice.charAt(0) >= 'a' && choice.charAt(0) < 'a' + key.choices();
    }

    private static String choiceKeys(int choices) {
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < choices; i++) {
            keys.append(i == 0 ? "" : ", ").append((char) ('a' + i));
        }
        return keys.toString();
    }
}
