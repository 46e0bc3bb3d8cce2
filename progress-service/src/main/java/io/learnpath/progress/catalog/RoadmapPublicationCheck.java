package io.learnpath.progress.catalog;

import io.learnpath.content.events.RoadmapPublished;
import io.learnpath.platform.events.MalformedEventException;
import java.util.HashSet;
import java.util.Set;

/**
 * Refuses a publication the catalogue could never store. Such an event is not a transient failure: raising
 * {@link MalformedEventException} sends it to the dead-letter topic at once instead of retrying it four times
 * against a NOT NULL or UNIQUE constraint.
 */
final class RoadmapPublicationCheck {

    private RoadmapPublicationCheck() {
    }

    static void requireStorable(RoadmapPublished event) {
        String id = "roadmap publication " + event.eventId();
        require(event.roadmapId() != null, id + " has no roadmapId");
        require(notBlank(event.slug()), id + " has no slug");
        require(notBlank(event.title()), id + " has no title");
        require(event.version() > 0, id + " has no positive version");
        Set<Object> topicIds = new HashSet<>();
        Set<Object> topicSlugs = new HashSet<>();
        for (RoadmapPublished.Topic topic : event.topics()) {
            require(topic != null && topic.topicId() != null && notBlank(topic.slug()) && notBlank(topic.title())
                    && notBlank(topic.level()), id + " has a topic without id, slug, title or level");
            require(topicIds.add(topic.topicId()), id + " lists topic " + topic.topicId() + " twice");
            require(topicSlugs.add(topic.slug()), id + " lists topic slug '" + topic.slug() + "' twice");
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new MalformedEventException(problem);
        }
    }
}
