package io.learnpath.notification.erasure;

import io.learnpath.auth.events.AuthEvents;
import io.learnpath.auth.events.UserDeleted;
import io.learnpath.notification.contacts.LearnerContacts;
import io.learnpath.notification.delivery.MailContent;
import io.learnpath.notification.delivery.NoticeDelivery;
import io.learnpath.notification.email.EmailOutbox;
import io.learnpath.notification.following.RoadmapFollowers;
import io.learnpath.notification.inbox.LearnerErasure;
import io.learnpath.notification.preferences.Preferences;
import io.learnpath.notification.reminders.StudyLog;
import io.learnpath.platform.events.MalformedEventException;
import io.learnpath.platform.messaging.EventHandlers;
import io.learnpath.platform.messaging.EventInbox;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Erases what this service holds about a learner when the auth-service reports their account deleted: their
 * notifications, contact, preferences, mail history, study log, reminders sent and follows. First it queues the farewell mail to the address it last
 * knew (the one mail that outlives the erasure, until it is sent). All in the transaction that records the event,
 * so a redelivery is a no-op, and a failure is retried and then dead-lettered.
 *
 * <p>Its own consumer group, unlike the service's other listeners: the welcome listener reads the same topic, and two
 * listeners of one group on one topic split its partitions between them, each missing the other's share.
 */
@Component
class UserDeletedListener {

    static final String CONSUMER = "notification-erasure";

    private final EventInbox inbox;
    private final LearnerErasure erasure;
    private final NoticeDelivery delivery;
    private final LearnerContacts contacts;
    private final Preferences preferences;
    private final EmailOutbox emails;
    private final StudyLog study;
    private final RoadmapFollowers followers;
    private final EventHandlers handlers;

    UserDeletedListener(EventInbox inbox, LearnerErasure erasure, NoticeDelivery delivery, LearnerContacts contacts,
            Preferences preferences, EmailOutbox emails, StudyLog study, RoadmapFollowers followers) {
        this.inbox = inbox;
        this.erasure = erasure;
        this.delivery = delivery;
        this.contacts = contacts;
        this.preferences = preferences;
        this.emails = emails;
        this.study = study;
        this.followers = followers;
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
        UUID learner = event.userId();
        delivery.sendFarewell(learner, new MailContent("account-deleted", Map.of()), String.valueOf(event.eventId()));
        erasure.erase(learner);
        contacts.erase(learner);
        preferences.erase(learner);
        emails.eraseAllOf(learner);
        study.erase(learner);
        followers.erase(learner);
    }
}
