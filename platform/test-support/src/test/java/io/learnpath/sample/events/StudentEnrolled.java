package io.learnpath.sample.events;

import io.learnpath.platform.events.EventType;
import io.learnpath.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** The sample service's published contract. */
@EventType("learnpath.sample.student-enrolled.v1")
public record StudentEnrolled(UUID eventId, Instant occurredAt, UUID enrolmentId, UUID learnerId, Course course)
        implements IntegrationEvent {

    public static final String TOPIC = "learnpath.sample.events";

    @Override
    public String subject() {
        return learnerId.toString();
    }

    /** Contract records may use each other. */
    public record Course(UUID id, String title) {
    }
}
