package io.learnpath.progress.events;

import io.learnpath.platform.events.EventType;
import io.learnpath.platform.events.IntegrationEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A learner's first learning of a local day, with the streak it makes. Keyed by the learner id. */
@EventType("learnpath.progress.study-day-recorded.v1")
public record StudyDayRecorded(UUID eventId, Instant occurredAt, UUID learnerId, LocalDate day, String timeZone,
        int streak) implements IntegrationEvent {

    @Override
    public String subject() {
        return learnerId.toString();
    }
}
