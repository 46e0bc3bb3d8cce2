package io.learnpath.content.events;

import io.learnpath.platform.events.EventType;
import io.learnpath.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A version of a roadmap is live. Carries the whole topic list so that consumers can replace their read model of
 * the roadmap in one step, without calling the content-service back. Keyed by the roadmap id.
 */
@EventType("learnpath.content.roadmap-published.v1")
public record RoadmapPublished(UUID eventId, Instant occurredAt, UUID roadmapId, String slug, String title,
        int version, List<Topic> topics) implements IntegrationEvent {

    public RoadmapPublished {
        topics = List.copyOf(topics);
    }

    @Override
    public String subject() {
        return roadmapId.toString();
    }

    /** A topic as consumers need it; {@code level} is BEGINNER, INTERMEDIATE or ADVANCED. */
    public record Topic(UUID topicId, String slug, String title, String level, int order) {
    }
}
