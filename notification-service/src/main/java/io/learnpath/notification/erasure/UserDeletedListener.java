package io.learnpath.notification.erasure;

import io.learnpath.auth.events.AuthEvents;
import io.learnpath.auth.events.UserDeleted;
import io.learnpath.notification.inbox.LearnerErasure;
import io.learnpath.platform.events.MalformedEventException;
import io.learnpath.platform.messaging.EventHandlers;
import io.learnpath.platform.messaging.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Erases a learner's notifications when the auth-service reports their account deleted. The inbox runs the erasure
 * in the transaction that records the event, so a redelivery is a no-op, and retries then dead-letters a failure.
 *
 * <p>Its own consumer group, unlike the service's other listeners: the welcome listener reads the same topic, and two
 * listeners of one group on one topic split its partitions between them, each missing the other's share.
 */
@Component
class UserDeletedListener {

    static final String CONSUMER = "notification-erasure";

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
