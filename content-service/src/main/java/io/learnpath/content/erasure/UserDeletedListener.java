package io.learnpath.content.erasure;

import io.learnpath.auth.events.AuthEvents;
import io.learnpath.auth.events.UserDeleted;
import io.learnpath.platform.events.MalformedEventException;
import io.learnpath.platform.messaging.EventHandlers;
import io.learnpath.platform.messaging.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Erases a deleted account from the curriculum's history. The content-service holds no learner data, but it records
 * which editor changed the draft, asked for a removal and published a release, by account id; a deleted account's
 * id is replaced there ({@link AccountErased}), in the transaction that records the event, so a redelivery is a
 * no-op and retries then dead-letter a failure.
 *
 * <p>Unlike the progress- and notification-services, nothing stops a later write: only the editor themselves could
 * write their id again, by editing with an access token that outlives the account (15 minutes at most by default),
 * and what they would write is the attribution of their own change, not data about them.
 *
 * <p>Its own consumer group, as erasure has in every service: two listeners of one group on the same topic split
 * its partitions between them, so a later listener of the auth topic here could otherwise make this one miss
 * deletions.
 */
@Component
class UserDeletedListener {

    static final String CONSUMER = "content-erasure";

    private final EventInbox inbox;
    private final ApplicationEventPublisher events;
    private final EventHandlers handlers;

    UserDeletedListener(EventInbox inbox, ApplicationEventPublisher events) {
        this.inbox = inbox;
        this.events = events;
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
        events.publishEvent(new AccountErased(event.userId()));
    }
}
