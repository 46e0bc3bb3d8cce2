package io.learnpath.progress.events;

import io.learnpath.platform.events.EventType;
import io.learnpath.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** A learner started following a roadmap. Keyed by the learner id. */
@EventType("learnpath.progress.roadmap-followed.v1")
public record RoadmapFollowed(UUID eventId, Instant occurredAt, UUID learnerId, UUID roadmapId, String roadmapSlug)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return learnerId.toString();
    }
}
