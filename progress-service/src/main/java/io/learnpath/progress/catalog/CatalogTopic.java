package io.learnpath.progress.catalog;

import java.util.List;
import java.util.UUID;

/**
 * A topic as one roadmap's current version places it. A topic may belong to several roadmaps: {@code id} is the
 * topic's, the same in each of them (and so is a learner's status on it), while the rest is this roadmap's copy.
 * {@code position} is the content-service's order, {@code parentId} the topic it is nested under in this roadmap
 * (null at the top level), {@code effortHours} 0 when the publication predates effort, and {@code prerequisites}
 * are topic ids that may lie outside this roadmap.
 */
public record CatalogTopic(UUID id, UUID roadmapId, String slug, String title, String level, int position,
        UUID parentId, int effortHours, List<UUID> prerequisites) {

    public CatalogTopic {
        prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
    }
}
