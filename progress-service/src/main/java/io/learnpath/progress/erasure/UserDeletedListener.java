package io.learnpath.progress.erasure;

import io.learnpath.auth.events.AuthEvents;
import io.learnpath.auth.events.UserDeleted;
import io.learnpath.platform.events.MalformedEventException;
import io.learnpath.platform.messaging.EventHandlers;
import io.learnpath.platform.messaging.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Erases a learner's progress when the auth-service reports their account deleted. The inbox runs the erasure in
 * the transaction that records the event, so a redelivery is a no-op, and retries then dead-letters a failure.
 *
 * <p>Its own consumer group, unlike the service's other listeners: two listeners of one group on the same topic
 * split its partitions between them, each missing the other's share. With a group to itself, erasure never misses a
 * deletion when another listener of this service starts reading the auth topic ({@code ProfileChanged}, for
 * streaks).
 */
@Component
class UserDeletedListener {

    static final String CONSUMER = "progress-erasure";

    private final EventInbox inbox;
    private final LearnerErasure erasure;
    private final EventHandlers handlers;

    UserDeletedListener(EventInbox inbox, LearnerErasure erasure) {
        this.inbox = inbox;
        this.erasure = erasure;
        this.handlers = EventHandlers.on(UserDeleted.class, this::erase);
    }

    @KafkaListener(id = CONSUMER, groupId = "${spring.kafka.consumer.group-id}-erasure", topics = AuthEvents.TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(CONSUMER, record, handlers);
    }

    private void erase(UserDeleted event) {
        // Without the id there is nothing to erase, and retrying will not produce one.
        if (event.userId() == null) {
            throw new MalformedEventException("UserDeleted " + event.eventId() + " without userId");
        }
        erasure.erase(event.userId());
    }
}
