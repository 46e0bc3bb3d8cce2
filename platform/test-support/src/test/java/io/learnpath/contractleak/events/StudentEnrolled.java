package io.learnpath.contractleak.events;

import io.learnpath.platform.events.EventType;
import io.learnpath.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** The published contract. */
@EventType("learnpath.contractleak.student-enrolled.v1")
public record StudentEnrolled(UUID eventId, Instant occurredAt, UUID learnerId, String course)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return learnerId.toString();
    }
}
