package io.learnpath.progress.timezone;

import io.learnpath.auth.events.AuthEvents;
import io.learnpath.auth.events.ProfileChanged;
import io.learnpath.auth.events.UserRegistered;
import io.learnpath.platform.events.MalformedEventException;
import io.learnpath.platform.messaging.EventHandlers;
import io.learnpath.platform.messaging.EventInbox;
import io.learnpath.progress.erasure.ErasedLearners;
import io.learnpath.progress.timezone.policy.TimeZoneNames;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps each learner's time zone from the auth-service's {@code UserRegistered} and {@code ProfileChanged}. The
 * inbox makes a redelivery a no-op; the store keeps the newest zone by the event's time, whatever order events are
 * read in.
 *
 * <p>Its own consumer group, as erasure has: two listeners of one group on the same topic would split its
 * partitions, each missing the other's share. A zone arriving for a learner already erased is not stored: the
 * erasure reads the topic in another group, so a profile change can be read after it.
 */
@Component
class LearnerTimeZoneListener {

    static final String CONSUMER = "progress-time-zones";

    private final EventInbox inbox;
    private final LearnerTimeZoneStore store;
    private final ErasedLearners erasedLearners;
    private final EventHandlers handlers;

    LearnerTimeZoneListener(EventInbox inbox, LearnerTimeZoneStore store, ErasedLearners erasedLearners) {
        this.inbox = inbox;
        this.store = store;
        this.erasedLearners = erasedLearners;
        this.handlers = EventHandlers
                .on(UserRegistered.class, event -> keep(event.eventId(), event.userId(), event.timeZone(),
                        event.occurredAt()))
                .and(ProfileChanged.class, event -> keep(event.eventId(), event.userId(), event.timeZone(),
                        event.occurredAt()));
    }

    @KafkaListener(id = CONSUMER, groupId = "${spring.kafka.consumer.group-id}-time-zones", topics = AuthEvents.TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(CONSUMER, record, handlers);
    }

    private void keep(UUID eventId, UUID learnerId, String timeZone, Instant occurredAt) {
        if (learnerId == null || occurredAt == null) {
            throw new MalformedEventException("auth event " + eventId + " without userId or occurredAt");
        }
        ZoneId zone = TimeZoneNames.parse(timeZone).orElseThrow(() -> new MalformedEventException(
                "auth event " + eventId + " names no known time zone: " + timeZone));
        if (erasedLearners.isErased(learnerId)) {
            return;
        }
        store.keepNewest(learnerId, zone, occurredAt);
    }
}
