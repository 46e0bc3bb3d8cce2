package io.learnpath.notification.triggers;

import io.learnpath.notification.delivery.MailContent;
import io.learnpath.notification.delivery.Notice;
import io.learnpath.notification.delivery.NoticeDelivery;
import io.learnpath.notification.inbox.NewNotification;
import io.learnpath.notification.preferences.NotificationType;
import java.util.Map;
import io.learnpath.notification.triggers.policy.MilestonePolicy;
import io.learnpath.notification.triggers.policy.ReachedMilestone;
import io.learnpath.notification.triggers.policy.TopicCompletionPolicy;
import io.learnpath.notification.triggers.policy.TopicStatusChange;
import io.learnpath.platform.events.MalformedEventException;
import io.learnpath.platform.messaging.EventHandlers;
import io.learnpath.platform.messaging.EventInbox;
import io.learnpath.progress.events.MilestoneReached;
import io.learnpath.progress.events.ProgressEvents;
import io.learnpath.progress.events.TopicStatusChanged;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Turns the progress-service's events into notifications: finished topics ("topic completed") and milestones.
 * One listener for both, in the service's consumer group: two listeners of one group on the same topic would
 * split its partitions between them, each missing the other's share.
 */
@Component
class CompletionNotifier {

    static final String CONSUMER = "notification-topic-completed";

    private final EventInbox inbox;
    private final NoticeDelivery delivery;
    private final TopicCompletionPolicy policy = new TopicCompletionPolicy();
    private final MilestonePolicy milestones = new MilestonePolicy();
    private final EventHandlers handlers;

    CompletionNotifier(EventInbox inbox, NoticeDelivery delivery) {
        this.inbox = inbox;
        this.delivery = delivery;
        this.handlers = EventHandlers.on(TopicStatusChanged.class, this::notifyLearner)
                .and(MilestoneReached.class, this::celebrate);
    }

    @KafkaListener(id = CONSUMER, idIsGroup = false, topics = ProgressEvents.TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(CONSUMER, record, handlers);
    }

    private void notifyLearner(TopicStatusChanged event) {
        // Without these the event can never become a notification; say so at once instead of retrying.
        if (event.eventId() == null || event.learnerId() == null) {
            throw new MalformedEventException("TopicStatusChanged without eventId or learnerId");
        }
        policy.notificationFor(change(event)).ifPresent(notification -> delivery.deliver(new Notice(
                event.learnerId(), NotificationType.TOPIC_COMPLETED, event.eventId().toString(), notification,
                null)));
    }

    private void celebrate(MilestoneReached event) {
        if (event.eventId() == null || event.learnerId() == null) {
            throw new MalformedEventException("MilestoneReached without eventId or learnerId");
        }
        MilestoneReached.Roadmap roadmap = event.roadmaps().isEmpty() ? null : event.roadmaps().getFirst();
        NewNotification notification = milestones.notificationFor(new ReachedMilestone(event.eventId(),
                event.learnerId(), event.milestone(), event.kind(), event.threshold(), event.title(),
                roadmap == null ? null : roadmap.slug(), roadmap == null ? null : roadmap.title(),
                event.levels().isEmpty() ? null : event.levels().getFirst()));
        // The mail says what the inbox says, by the same rule.
        delivery.deliver(new Notice(event.learnerId(), NotificationType.MILESTONE_REACHED,
                event.eventId().toString(), notification, new MailContent("milestone", Map.of(
                        "title", notification.title(), "body", notification.body()))));
    }

    private static TopicStatusChange change(TopicStatusChanged event) {
        return new TopicStatusChange(event.eventId(), event.learnerId(), event.roadmapId(), event.roadmapSlug(),
                event.topicId(), event.topicSlug(), event.topicTitle(), event.status());
    }
}
