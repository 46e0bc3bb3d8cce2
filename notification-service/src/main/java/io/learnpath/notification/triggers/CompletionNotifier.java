package io.learnpath.notification.triggers;

import io.learnpath.notification.inbox.NotificationInbox;
import io.learnpath.notification.triggers.policy.TopicCompletionPolicy;
import io.learnpath.notification.triggers.policy.TopicStatusChange;
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

    private final EventInbox inbox;
    private final NotificationInbox notifications;
    private final TopicCompletionPolicy policy = new TopicCompletionPolicy();

    CompletionNotifier(EventInbox inbox, NotificationInbox notifications) {
        this.inbox = inbox;
        this.notifications = notifications;
    }

    @KafkaListener(id = CONSUMER, idIsGroup = false, topics = ProgressEvents.TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(CONSUMER, record, EventHandlers.on(TopicStatusChanged.class, this::notifyLearner));
    }

    private void notifyLearner(TopicStatusChanged event) {
        // Without these the event can never become a notification; say so at once instead of retrying.
        if (event.eventId() == null || event.learnerId() == null) {
            throw new MalformedEventException("TopicStatusChanged without eventId or learnerId");
        }
        policy.notificationFor(change(event)).ifPresent(notifications::deliver);
    }

    private static TopicStatusChange change(TopicStatusChanged event) {
        return new TopicStatusChange(event.eventId(), event.learnerId(), event.roadmapId(), event.roadmapSlug(),
                event.topicId(), event.topicSlug(), event.topicTitle(), event.status());
    }
}
