package io.learnpath.progress.catalog;

import java.util.UUID;

/** A topic of a roadmap's current version; {@code position} is the content-service's order. */
public record CatalogTopic(UUID id, UUID roadmapId, String slug, String title, String level, int position) {
}
