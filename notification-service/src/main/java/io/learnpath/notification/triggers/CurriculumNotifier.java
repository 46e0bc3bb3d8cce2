package io.learnpath.notification.triggers;

import io.learnpath.content.events.ContentEvents;
import io.learnpath.content.events.RoadmapPublished;
import io.learnpath.notification.delivery.MailContent;
import io.learnpath.notification.delivery.Notice;
import io.learnpath.notification.delivery.NoticeDelivery;
import io.learnpath.notification.email.EmailProperties;
import io.learnpath.notification.following.RoadmapFollowers;
import io.learnpath.notification.preferences.NotificationType;
import io.learnpath.notification.triggers.policy.NewTopicsPolicy.AddedTopic;
import io.learnpath.notification.triggers.policy.NewTopicsPolicy;
import io.learnpath.platform.events.MalformedEventException;
import io.learnpath.platform.messaging.EventHandlers;
import io.learnpath.platform.messaging.EventInbox;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The content-service's {@code RoadmapPublished}: when a version adds topics to a roadmap, each of its followers
 * gets one notice naming them. The event carries the diff ({@code changes.added}), so nothing is compared here. A
 * roadmap's first version tells nobody: no one can follow a roadmap before it is published.
 *
 * <p>Every follower's notice is written in the one transaction that records the event, so a redelivery (or a crash
 * half-way) never tells anyone twice.
 */
@Component
class CurriculumNotifier {

    static final String CONSUMER = "notification-curriculum";

    private final EventInbox inbox;
    private final RoadmapFollowers followers;
    private final NoticeDelivery delivery;
    private final String baseUrl;
    private final NewTopicsPolicy policy = new NewTopicsPolicy();
    private final EventHandlers handlers;

    CurriculumNotifier(EventInbox inbox, RoadmapFollowers followers, NoticeDelivery delivery,
            EmailProperties email) {
        this.inbox = inbox;
        this.followers = followers;
        this.delivery = delivery;
        this.baseUrl = email.publicBaseUrl();
        this.handlers = EventHandlers.on(RoadmapPublished.class, this::published);
    }

    @KafkaListener(id = CONSUMER, idIsGroup = false, topics = ContentEvents.TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(CONSUMER, record, handlers);
    }

    private void published(RoadmapPublished event) {
        if (event.eventId() == null || event.roadmapId() == null) {
            throw new MalformedEventException("RoadmapPublished without eventId or roadmapId");
        }
        if (event.changes() == null || event.changes().previousVersion() == 0 || event.changes().added().isEmpty()) {
            return;
        }
        Set<UUID> added = Set.copyOf(event.changes().added());
        List<AddedTopic> topics = event.topics().stream().filter(topic -> added.contains(topic.topicId()))
                .sorted(Comparator.comparingInt(RoadmapPublished.Topic::order))
                .map(topic -> new AddedTopic(topic.slug(), topic.title()))
                .toList();
        if (topics.isEmpty()) {
            return;
        }
        MailContent mail = new MailContent("new-topics", Map.of("roadmapTitle", event.title(),
                "count", topics.size(), "titles", topics.stream().map(AddedTopic::title).toList(),
                "roadmapUrl", baseUrl + "/api/content/roadmaps/" + event.slug()));
        for (UUID learner : followers.of(event.roadmapId())) {
            delivery.deliver(new Notice(learner, NotificationType.NEW_TOPICS, event.eventId().toString(),
                    policy.notificationFor(learner, event.eventId(), event.slug(), event.title(), topics), mail));
        }
    }
}
