package io.learnpath.progress.guidance.policy;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Which topics come next: those not finished (neither done nor skipped) whose prerequisites all are, in the order
 * given (the roadmap's). A prerequisite outside the roadmap counts by the learner's status on it like any other:
 * the status belongs to the topic.
 */
public final class NextTopics {

    private NextTopics() {
    }

    /**
     * @param inOrder       the roadmap's topics, in the roadmap's order
     * @param prerequisites each topic's prerequisite ids
     * @param finished      the ids of the topics the learner has done or skipped
     * @param limit         how many to answer at most
     */
    public static <T> List<T> of(List<T> inOrder, Function<T, UUID> id, Function<T, Collection<UUID>> prerequisites,
            Set<UUID> finished, int limit) {
        return inOrder.stream()
                .filter(topic -> !finished.contains(id.apply(topic)))
                .filter(topic -> finished.containsAll(prerequisites.apply(topic)))
                .limit(limit)
                .toList();
    }
}
