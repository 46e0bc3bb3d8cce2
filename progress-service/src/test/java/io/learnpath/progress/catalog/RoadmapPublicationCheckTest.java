package io.learnpath.progress.catalog;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.learnpath.content.events.RoadmapPublished;
import io.learnpath.platform.events.MalformedEventException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoadmapPublicationCheckTest {

    private static final UUID TOPIC = UUID.randomUUID();

    @Test
    void accepts_a_complete_publication() {
        assertThatCode(() -> RoadmapPublicationCheck.requireStorable(publication("Backend", 1,
                new RoadmapPublished.Topic(TOPIC, "http", "HTTP", "BEGINNER", 1)))).doesNotThrowAnyException();
    }

    @Test
    void refuses_a_roadmap_without_title() {
        assertThatThrownBy(() -> RoadmapPublicationCheck.requireStorable(publication(" ", 1)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("has no title");
    }

    @Test
    void refuses_a_version_below_one() {
        assertThatThrownBy(() -> RoadmapPublicationCheck.requireStorable(publication("Backend", 0)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("version");
    }

    @Test
    void refuses_a_topic_listed_twice() {
        assertThatThrownBy(() -> RoadmapPublicationCheck.requireStorable(publication("Backend", 1,
                new RoadmapPublished.Topic(TOPIC, "http", "HTTP", "BEGINNER", 1),
                new RoadmapPublished.Topic(TOPIC, "http-2", "HTTP 2", "BEGINNER", 2))))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("twice");
    }

    @Test
    void refuses_two_topics_with_one_slug() {
        assertThatThrownBy(() -> RoadmapPublicationCheck.requireStorable(publication("Backend", 1,
                new RoadmapPublished.Topic(UUID.randomUUID(), "http", "HTTP", "BEGINNER", 1),
                new RoadmapPublished.Topic(UUID.randomUUID(), "http", "HTTP again", "BEGINNER", 2))))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("slug 'http' twice");
    }

    @Test
    void refuses_a_topic_without_level() {
        assertThatThrownBy(() -> RoadmapPublicationCheck.requireStorable(publication("Backend", 1,
                new RoadmapPublished.Topic(TOPIC, "http", "HTTP", null, 1))))
                .isInstanceOf(MalformedEventException.class);
    }

    private static RoadmapPublished publication(String title, int version, RoadmapPublished.Topic... topics) {
        return new RoadmapPublished(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), "backend", title, version,
                List.of(topics));
    }
}
