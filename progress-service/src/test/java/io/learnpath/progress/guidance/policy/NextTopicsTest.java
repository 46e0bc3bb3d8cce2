package io.learnpath.progress.guidance.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NextTopicsTest {

    record Topic(UUID id, List<UUID> prerequisites) {
    }

    private final Topic a = new Topic(UUID.randomUUID(), List.of());
    private final Topic b = new Topic(UUID.randomUUID(), List.of(a.id()));
    private final Topic c = new Topic(UUID.randomUUID(), List.of(a.id(), b.id()));

    @Test
    void keepsOrderSkipsFinishedAndWaitsForEveryPrerequisite() {
        assertThat(next(Set.of(), 10)).containsExactly(a);
        assertThat(next(Set.of(a.id()), 10)).containsExactly(b);
        assertThat(next(Set.of(a.id(), b.id()), 10)).containsExactly(c);
        assertThat(next(Set.of(a.id(), b.id(), c.id()), 10)).isEmpty();
    }

    @Test
    void answersAtMostTheLimit() {
        Topic d = new Topic(UUID.randomUUID(), List.of());
        assertThat(NextTopics.of(List.of(a, d), Topic::id, Topic::prerequisites, Set.of(), 1)).containsExactly(a);
    }

    private List<Topic> next(Set<UUID> finished, int limit) {
        return NextTopics.of(List.of(a, b, c), Topic::id, Topic::prerequisites, finished, limit);
    }
}
