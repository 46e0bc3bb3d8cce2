package io.learnpath.content.roadmap;

import java.util.UUID;

/** A roadmap as the listing shows it, without its topics. */
public record RoadmapSummary(UUID id, String slug, String title, String description, int version, int topicCount) {
}
