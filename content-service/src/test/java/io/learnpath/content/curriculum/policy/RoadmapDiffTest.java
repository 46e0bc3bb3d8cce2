package io.learnpath.content.curriculum.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.content.curriculum.Curriculum;
import io.learnpath.content.curriculum.Level;
import io.learnpath.content.curriculum.Roadmap;
import io.learnpath.content.curriculum.RoadmapChanges;
import io.learnpath.content.curriculum.RoadmapTree;
import io.learnpath.content.curriculum.SampleCurriculum;
import io.learnpath.content.curriculum.Topic;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoadmapDiffTest {

    private static final Curriculum SAMPLE = SampleCurriculum.curriculum();
    private static final UUID HTTP = UUID.fromString(SampleCurriculum.HTTP_ID);
    private static final UUID DNS = UUID.fromString(SampleCurriculum.DNS_ID);
    private static final UUID CACHING = UUID.fromString(SampleCurriculum.CACHING_ID);

    @Test
    void theFirstVersionAddsEveryTopic() {
        RoadmapChanges changes = RoadmapDiff.between(null, tree(levels(List.of("http"), List.of("caching")), 1),
                Set.of());

        assertThat(changes.previousVersion()).isZero();
        assertThat(changes.added()).containsExactly(HTTP, DNS, CACHING);
        assertThat(changes.removed()).isEmpty();
    }

    @Test
    void reLevellingIsAMoveAndNothingElse() {
        RoadmapTree before = tree(levels(List.of("http"), List.of("caching")), 1);
        RoadmapTree after = tree(Map.of(Level.BASIC, List.of("http", "caching")), 2);

        RoadmapChanges changes = RoadmapDiff.between(before, after, Set.of());

        assertThat(changes).isEqualTo(new RoadmapChanges(1, List.of(), List.of(), List.of(CACHING), List.of()));
    }

    @Test
    void movingOneTopicToTheFrontMovesOnlyThatTopic() {
        RoadmapTree before = tree(Map.of(Level.BASIC, List.of("http", "caching")), 1);
        RoadmapTree after = tree(Map.of(Level.BASIC, List.of("caching", "http")), 2);

        RoadmapChanges changes = RoadmapDiff.between(before, after, Set.of());

        assertThat(changes.moved()).hasSize(1);
        assertThat(changes.added()).isEmpty();
    }

    @Test
    void removedAndUpdatedAreReportedById() {
        RoadmapTree before = tree(levels(List.of("http"), List.of("caching")), 3);
        RoadmapTree after = tree(Map.of(Level.BASIC, List.of("http")), 4);

        RoadmapChanges changes = RoadmapDiff.between(before, after, Set.of(HTTP));

        assertThat(changes).isEqualTo(new RoadmapChanges(3, List.of(), List.of(CACHING), List.of(), List.of(HTTP)));
    }

    private static Map<Level, List<String>> levels(List<String> basic, List<String> intermediate) {
        return Map.of(Level.BASIC, basic, Level.INTERMEDIATE, intermediate);
    }

    private static RoadmapTree tree(Map<Level, List<String>> levels, int version) {
        Roadmap web = SAMPLE.roadmap("web").orElseThrow();
        Map<String, Topic> topics = SAMPLE.topicsBySlug();
        return RoadmapTree.of(new Roadmap(web.id(), web.slug(), web.title(), web.description(), levels), topics,
                version, Instant.EPOCH);
    }
}
