package io.learnpath.progress.benchmark;

import io.learnpath.content.events.RoadmapPublished;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A roadmap shaped like the repository's Backend Developer roadmap, as its publication reaches this service: 28
 * top-level topics (8 basic, 9 intermediate, 11 advanced) in learning order, each with five or six sub-topics,
 * 177 topics in all, each top-level topic requiring the one before it. Built here rather than read from the
 * content-service's files, which this module does not depend on; what the summary's cost depends on is the size and
 * the three levels, not the words.
 */
final class BenchmarkRoadmap {

    private static final List<String> LEVELS = List.of("BASIC", "INTERMEDIATE", "ADVANCED");
    private static final int[] TOP_LEVEL_TOPICS = {8, 9, 11};
    private static final int SUBTOPICS = 149;

    private BenchmarkRoadmap() {
    }

    static RoadmapPublished ofTheRealOnesSize(String slug) {
        int parents = TOP_LEVEL_TOPICS[0] + TOP_LEVEL_TOPICS[1] + TOP_LEVEL_TOPICS[2];
        List<RoadmapPublished.Topic> topics = new ArrayList<>();
        int parent = 0;
        UUID previous = null;
        for (int level = 0; level < LEVELS.size(); level++) {
            for (int i = 0; i < TOP_LEVEL_TOPICS[level]; i++, parent++) {
                int children = SUBTOPICS / parents + (parent < SUBTOPICS % parents ? 1 : 0);
                List<UUID> subtopics = new ArrayList<>();
                for (int child = 0; child < children; child++) {
                    subtopics.add(UUID.randomUUID());
                }
                UUID id = UUID.randomUUID();
                topics.add(topic(id, "topic-" + parent, LEVELS.get(level), topics.size() + 1, 4,
                        previous == null ? List.of() : List.of(previous), subtopics));
                for (int child = 0; child < children; child++) {
                    topics.add(topic(subtopics.get(child), "topic-" + parent + "-" + child, LEVELS.get(level),
                            topics.size() + 1, 2, List.of(), List.of()));
                }
                previous = id;
            }
        }
        return new RoadmapPublished(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), slug,
                "Backend Developer (benchmark)", 1, topics,
                new RoadmapPublished.Changes(0, topics.stream().map(RoadmapPublished.Topic::topicId).toList(),
                        List.of(), List.of(), List.of()));
    }

    private static RoadmapPublished.Topic topic(UUID id, String slug, String level, int position, int effortHours,
            List<UUID> prerequisites, List<UUID> subtopics) {
        return new RoadmapPublished.Topic(id, slug, "Title of " + slug, level, position, effortHours, prerequisites,
                subtopics);
    }
}
