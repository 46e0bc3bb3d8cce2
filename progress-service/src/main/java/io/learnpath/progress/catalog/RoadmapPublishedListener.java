package io.learnpath.progress.catalog;

import io.learnpath.content.events.ContentEvents;
import io.learnpath.content.events.RoadmapPublished;
import io.learnpath.platform.messaging.EventHandlers;
import io.learnpath.platform.messaging.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the catalogue from the content-service's topic. The inbox makes a redelivered record a no-op and sends
 * what can never be applied to {@code learnpath.content.events.DLT}; the group id is the service's
 * ({@code spring.kafka.consumer.group-id}).
 */
@Component
class RoadmapPublishedListener {

    static final String CONSUMER = "progress-catalog";

    private final EventInbox inbox;
    private final EventHandlers handlers;

    RoadmapPublishedListener(EventInbox inbox, RoadmapCatalog catalog) {
        this.inbox = inbox;
        this.handlers = EventHandlers.on(RoadmapPublished.class, catalog::apply);
    }

    @KafkaListener(id = CONSUMER, idIsGroup = false, topics = ContentEvents.TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(CONSUMER, record, handlers);
    }
}
