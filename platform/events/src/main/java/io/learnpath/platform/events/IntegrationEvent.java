package io.learnpath.platform.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An event one service publishes for others. Implemented by the records in each publisher's contracts module.
 *
 * <p>The accessors map onto CloudEvents attributes: {@link #eventId()} is {@code ce_id} and stays the same on every
 * redelivery, which is what makes consumers idempotent; {@link #subject()} is {@code ce_subject} and the Kafka key,
 * so all events of one aggregate (a learner, a roadmap) stay in order.
 */
public interface IntegrationEvent {

    UUID eventId();

    Instant occurredAt();

    /** The aggregate the event is about; used as the Kafka record key. */
    String subject();

    /** The versioned CloudEvents type, read from {@link EventType} on the record. */
    default String eventType() {
        return EventTypes.of(getClass());
    }
}
