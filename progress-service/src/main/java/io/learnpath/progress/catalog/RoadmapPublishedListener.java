package io.learnpath.progress.catalog;

import io.learnpath.content.events.ContentEvents;
import io.learnpath.content.events.RoadmapPublished;
import io.learnpath.platform.events.MalformedEventException;
import io.learnpath.platform.messaging.EventHandlers;
import io.learnpath.platform.messaging.EventInbox;
import io.learnpath.progress.catalog.policy.AnswerKeyCheck;
import io.learnpath.progress.catalog.policy.RoadmapPublicationCheck;
import io.learnpath.progress.catalog.policy.TopicLevels;
import io.learnpath.progress.catalog.policy.TopicNesting;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the catalogue from the content-service's topic, mapping each {@link RoadmapPublished} onto the catalogue's
 * own records. The inbox makes a redelivered record a no-op and sends what can never be applied to
 * {@code learnpath.content.events.DLT}; the group id is the service's ({@code spring.kafka.consumer.group-id}).
 *
 * <p>The publication's {@code changes} are not used: it carries the whole topic list, which replaces the
 * roadmap's copy in one step whatever the previous version was.
 */
@Component
class RoadmapPublishedListener {

    static final String CONSUMER = "progress-catalog";

    private final EventInbox inbox;
    private final RoadmapCatalog catalog;
    private final EventHandlers handlers;

    RoadmapPublishedListener(EventInbox inbox, RoadmapCatalog catalog) {
        this.inbox = inbox;
        this.catalog = catalog;
        this.handlers = EventHandlers.on(RoadmapPublished.class, this::apply);
    }

    @KafkaListener(id = CONSUMER, idIsGroup = false, topics = ContentEvents.TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(CONSUMER, record, handlers);
    }

    private void apply(RoadmapPublished event) {
        CatalogRoadmap roadmap = new CatalogRoadmap(event.roadmapId(), event.slug(), event.title(), event.version());
        Map<UUID, List<UUID>> subtopics = new LinkedHashMap<>();
        event.topics().forEach(topic -> subtopics.put(topic.topicId(), topic.subtopics()));
        Map<UUID, UUID> parents = TopicNesting.parents(subtopics);
        List<CatalogTopic> topics = event.topics().stream()
                .map(topic -> new CatalogTopic(topic.topicId(), event.roadmapId(), topic.slug(), topic.title(),
                        TopicLevels.current(topic.level()), topic.order(), parents.get(topic.topicId()),
                        topic.effortHours(), topic.prerequisites()))
                .toList();
        Map<UUID, List<AnswerKey>> answerKeys = new LinkedHashMap<>();
        event.topics().forEach(topic -> answerKeys.put(topic.topicId(), topic.questions().stream()
                .map(key -> new AnswerKey(key.questionId(), key.choices(), key.correctChoice())).toList()));
        // A publication the catalogue could never store is not a transient failure: straight to the dead letters.
        RoadmapPublicationCheck.unstorable(roadmap, topics)
                .or(() -> TopicNesting.unstorable(subtopics))
                .or(() -> AnswerKeyCheck.unusable(answerKeys))
                .ifPresent(problem -> {
                    throw new MalformedEventException("roadmap publication " + event.eventId() + " " + problem);
                });
        catalog.apply(roadmap, topics, answerKeys);
    }
}
