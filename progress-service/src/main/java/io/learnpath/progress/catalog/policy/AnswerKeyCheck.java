package io.learnpath.progress.catalog.policy;

import io.learnpath.progress.catalog.AnswerKey;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What makes a publication's answer keys unusable for grading: a question with fewer than two choices, a right
 * choice that is none of its choices, or a question id twice in one topic. The content-service's rules never let
 * such a key through; one arriving anyway is dead-lettered rather than grade learners wrongly.
 */
public final class AnswerKeyCheck {

    private AnswerKeyCheck() {
    }

    public static Optional<String> unusable(Map<UUID, List<AnswerKey>> keysByTopic) {
        for (Map.Entry<UUID, List<AnswerKey>> topic : keysByTopic.entrySet()) {
            Set<String> seen = new HashSet<>();
            for (AnswerKey key : topic.getValue()) {
                String where = "question " + key.questionId() + " of topic " + topic.getKey();
                if (key.questionId() == null || key.questionId().isBlank()) {
                    return Optional.of("has a question without an id in topic " + topic.getKey());
                }
                if (!seen.add(key.questionId())) {
                    return Optional.of("lists " + where + " twice");
                }
                if (key.choices() < 2) {
                    return Optional.of("gives " + where + " fewer than two choices");
                }
                String right = key.correctChoice();
                if (right == null || right.length() != 1 || right.charAt(0) < 'a'
                        || right.charAt(0) >= 'a' + key.choices()) {
                    return Optional.of("gives " + where + " a right choice (" + right + ") that is none of its "
                            + key.choices() + " choices");
                }
            }
        }
        return Optional.empty();
    }
}
