package io.learnpath.content.roadmap;

import java.util.List;
import java.util.UUID;

/** One version of a roadmap with its topics in order, as it is released. */
public record RoadmapSnapshot(UUID id, String slug, String title, int version, List<Topic> topics) {

    public RoadmapSnapshot {
        topics = List.copyOf(topics);
    }

    public record Topic(UUID id, String slug, String title, TopicLevel level, int order) {
    }
}
