package io.learnpath.progress.catalog.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.progress.catalog.CatalogRoadmap;
import io.learnpath.progress.catalog.CatalogTopic;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoadmapPublicationCheckTest {

    private static final UUID ROADMAP = UUID.randomUUID();
    private static final UUID TOPIC = UUID.randomUUID();

    @Test
    void accepts_a_complete_publication() {
        assertThat(RoadmapPublicationCheck.unstorable(roadmap("Backend", 1),
                List.of(topic(TOPIC, "http", "BASIC")))).isEmpty();
    }

    @Test
    void accepts_a_roadmap_without_topics() {
        assertThat(RoadmapPublicationCheck.unstorable(roadmap("Backend", 1), List.of())).isEmpty();
    }

    @Test
    void refuses_a_roadmap_without_id_or_slug() {
        assertThat(RoadmapPublicationCheck.unstorable(new CatalogRoadmap(null, "backend", "Backend", 1), List.of()))
                .hasValue("has no roadmapId");
        assertThat(RoadmapPublicationCheck.unstorable(new CatalogRoadmap(ROADMAP, "", "Backend", 1), List.of()))
                .hasValue("has no slug");
    }

    @Test
    void refuses_a_roadmap_without_title() {
        assertThat(RoadmapPublicationCheck.unstorable(roadmap(" ", 1), List.of())).hasValue("has no title");
    }

    @Test
    void refuses_a_version_below_one() {
        assertThat(RoadmapPublicationCheck.unstorable(roadmap("Backend", 0), List.of()))
                .hasValue("has no positive version");
    }

    @Test
    void refuses_a_topic_listed_twice() {
        assertThat(RoadmapPublicationCheck.unstorable(roadmap("Backend", 1),
                List.of(topic(TOPIC, "http", "BASIC"), topic(TOPIC, "http-2", "BASIC"))))
                .hasValue("lists topic " + TOPIC + " twice");
    }

    @Test
    void refuses_two_topics_with_one_slug() {
        assertThat(RoadmapPublicationCheck.unstorable(roadmap("Backend", 1),
                List.of(topic(UUID.randomUUID(), "http", "BASIC"), topic(UUID.randomUUID(), "http", "BASIC"))))
                .hasValue("lists topic slug 'http' twice");
    }

    @Test
    void refuses_a_topic_without_level() {
        assertThat(RoadmapPublicationCheck.unstorable(roadmap("Backend", 1), List.of(topic(TOPIC, "http", null))))
                .hasValue("has a topic without id, slug, title or level");
    }

    private static CatalogRoadmap roadmap(String title, int version) {
        return new CatalogRoadmap(ROADMAP, "backend", title, version);
    }

    private static CatalogTopic topic(UUID id, String slug, String level) {
        return new CatalogTopic(id, ROADMAP, slug, "Title of " + slug, level, 1, null, 1, List.of());
    }
}
