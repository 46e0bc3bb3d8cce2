package io.learnpath.notification.triggers;

import io.learnpath.notification.inbox.NotificationInbox;
import io.learnpath.platform.events.MalformedEventException;
import io.learnpath.platform.messaging.EventHandlers;
import io.learnpath.platform.messaging.EventInbox;
import io.learnpath.progress.events.ProgressEvents;
import io.learnpath.progress.events.TopicStatusChanged;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Turns finished topics on the progress-service's topic into "topic completed" notifications. */
@Component
class CompletionNotifier {

    static final String CONSUMER = "notification-topic-completed";

    private final EventInbox events;
    private final NotificationInbox inbox;
    private final TopicCompletionPolicy policy = new TopicCompletionPolicy();

    CompletionNotifier(EventInbox events, NotificationInbox inbox) {
        this.events = events;
        this.inbox = inbox;
    }

    @KafkaListener(id = CONSUMER, idIsGroup = false, topics = ProgressEvents.TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        events.receive(CONSUMER, record, EventHandlers.on(TopicStatusChanged.class, this::notifyLearner));
    }

    private void notifyLearner(TopicStatusChanged change) {
        // Without these the event can never become a notification; say so at once instead of retrying.
        if (change.eventId() == null || change.learnerId() == null) {
            throw new MalformedEventException("TopicStatusChanged without eventId or learnerId");
        }
        policy.notificationFor(change).ifPresent(inbox::deliver);
    }
}
