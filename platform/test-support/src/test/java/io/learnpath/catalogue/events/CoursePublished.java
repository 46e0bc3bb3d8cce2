package io.learnpath.catalogue.events;

import io.learnpath.platform.events.EventType;
import io.learnpath.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** Another service's contract, as a consumer sees it: from that service's contracts module. */
@EventType("learnpath.catalogue.course-published.v1")
public record CoursePublished(UUID eventId, Instant occurredAt, UUID courseId, String title) implements IntegrationEvent {

    public static final String TOPIC = "learnpath.catalogue.events";

    @Override
    public String subject() {
        return courseId.toString();
    }
}
