package io.learnpath.notification.triggers;

import io.learnpath.auth.events.AuthEvents;
import io.learnpath.auth.events.UserRegistered;
import io.learnpath.notification.inbox.NotificationInbox;
import io.learnpath.notification.triggers.policy.NewAccount;
import io.learnpath.notification.triggers.policy.WelcomePolicy;
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

    private final EventInbox inbox;
    private final NotificationInbox notifications;
    private final WelcomePolicy policy = new WelcomePolicy();

    WelcomeNotifier(EventInbox inbox, NotificationInbox notifications) {
        this.inbox = inbox;
        this.notifications = notifications;
    }

    @KafkaListener(id = CONSUMER, idIsGroup = false, topics = AuthEvents.TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(CONSUMER, record, EventHandlers.on(UserRegistered.class, this::welcome));
    }

    private void welcome(UserRegistered event) {
        if (event.eventId() == null || event.userId() == null) {
            throw new MalformedEventException("UserRegistered without eventId or userId");
        }
        notifications.deliver(policy.notificationFor(new NewAccount(event.eventId(), event.userId(),
                event.displayName())));
    }
}
