package io.learnpath.progress.catalog.policy;

import io.learnpath.progress.catalog.CatalogRoadmap;
import io.learnpath.progress.catalog.CatalogTopic;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Finds what makes a published roadmap impossible to store in the catalogue (a missing title, a topic listed
 * twice). Such a publication is not a transient failure: the caller refuses it at once instead of retrying it
 * against a NOT NULL or UNIQUE constraint.
 */
public final class RoadmapPublicationCheck {

    private RoadmapPublicationCheck() {
    }

    /** @return why the roadmap cannot be stored ("has no title"), or empty when it can */
    public static Optional<String> unstorable(CatalogRoadmap roadmap, List<CatalogTopic> topics) {
        if (roadmap.id() == null) {
            return Optional.of("has no roadmapId");
        }
        if (isBlank(roadmap.slug())) {
            return Optional.of("has no slug");
        }
        if (isBlank(roadmap.title())) {
            return Optional.of("has no title");
        }
        if (roadmap.version() <= 0) {
            return Optional.of("has no positive version");
        }
        Set<UUID> topicIds = new HashSet<>();
        Set<String> topicSlugs = new HashSet<>();
        for (CatalogTopic topic : topics) {
            if (topic == null || topic.id() == null || isBlank(topic.slug()) || isBlank(topic.title())
                    || isBlank(topic.level())) {
                return Optional.of("has a topic without id, slug, title or level");
            }
            if (!topicIds.add(topic.id())) {
                return Optional.of("lists topic " + topic.id() + " twice");
            }
            if (!topicSlugs.add(topic.slug())) {
                return Optional.of("lists topic slug '" + topic.slug() + "' twice");
            }
        }
        return Optional.empty();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
