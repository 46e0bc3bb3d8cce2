package io.learnpath.notification.triggers;

import io.learnpath.auth.events.AuthEvents;
import io.learnpath.auth.events.UserRegistered;
import io.learnpath.notification.inbox.NotificationInbox;
import io.learnpath.platform.events.MalformedEventException;
import io.learnpath.platform.messaging.EventHandlers;
import io.learnpath.platform.messaging.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Greets every new account from the auth-service's topic. */
@Component
class WelcomeNotifier {

    static final String CONSUMER = "notification-welcome";

    private final EventInbox events;
    private final NotificationInbox inbox;
    private final WelcomePolicy policy = new WelcomePolicy();

    WelcomeNotifier(EventInbox events, NotificationInbox inbox) {
        this.events = events;
        this.inbox = inbox;
    }

    @KafkaListener(id = CONSUMER, idIsGroup = false, topics = AuthEvents.TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        events.receive(CONSUMER, record, EventHandlers.on(UserRegistered.class, this::welcome));
    }

    private void welcome(UserRegistered registration) {
        if (registration.eventId() == null || registration.userId() == null) {
            throw new MalformedEventException("UserRegistered without eventId or userId");
        }
        inbox.deliver(policy.notificationFor(registration));
    }
}
