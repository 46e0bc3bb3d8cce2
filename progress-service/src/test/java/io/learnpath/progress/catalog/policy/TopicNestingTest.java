package io.learnpath.progress.catalog.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TopicNestingTest {

    private static final UUID LINUX = UUID.randomUUID();
    private static final UUID SHELL = UUID.randomUUID();
    private static final UUID FILES = UUID.randomUUID();
    private static final UUID DOCKER = UUID.randomUUID();

    @Test
    void each_sub_topic_gets_the_topic_that_lists_it_as_parent() {
        Map<UUID, List<UUID>> subtopics = subtopics(LINUX, List.of(SHELL, FILES), SHELL, List.of(), FILES, List.of(),
                DOCKER, List.of());

        assertThat(TopicNesting.parents(subtopics)).containsOnly(Map.entry(SHELL, LINUX), Map.entry(FILES, LINUX));
        assertThat(TopicNesting.unstorable(subtopics)).isEmpty();
    }

    @Test
    void without_sub_topics_every_topic_is_at_the_top_level() {
        Map<UUID, List<UUID>> subtopics = subtopics(LINUX, List.of(), DOCKER, List.of());

        assertThat(TopicNesting.parents(subtopics)).isEmpty();
        assertThat(TopicNesting.unstorable(subtopics)).isEmpty();
    }

    @Test
    void refuses_a_topic_under_two_parents() {
        Map<UUID, List<UUID>> subtopics = subtopics(LINUX, List.of(SHELL), DOCKER, List.of(SHELL), SHELL, List.of());

        assertThat(TopicNesting.unstorable(subtopics)).hasValue("nests topic " + SHELL + " under two parents");
        assertThat(TopicNesting.parents(subtopics)).containsEntry(SHELL, LINUX);
    }

    @Test
    void refuses_a_topic_under_itself() {
        assertThat(TopicNesting.unstorable(subtopics(LINUX, List.of(LINUX))))
                .hasValue("nests topic " + LINUX + " under itself");
    }

    /** In the publication's order, as the listener builds it. */
    private static Map<UUID, List<UUID>> subtopics(Object... topicThenSubtopics) {
        Map<UUID, List<UUID>> subtopics = new LinkedHashMap<>();
        for (int i = 0; i < topicThenSubtopics.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<UUID> children = (List<UUID>) topicThenSubtopics[i + 1];
            subtopics.put((UUID) topicThenSubtopics[i], children);
        }
        return subtopics;
    }
}
