package io.learnpath.content.roadmap;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One roadmap with its topics in learning order; the body of {@code GET /api/content/roadmaps/{slug}}. */
public record RoadmapDetail(UUID id, String slug, String title, String description, int version, Instant updatedAt,
        List<Topic> topics) {

    public RoadmapDetail {
        topics = List.copyOf(topics);
    }

    public record Topic(UUID id, String slug, String title, String summary, TopicLevel level, int order) {
    }
}
