package io.learnpath.sample.intake;

import io.learnpath.catalogue.events.CoursePublished;
import io.learnpath.platform.messaging.EventHandlers;
import io.learnpath.platform.messaging.EventInbox;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** A listener: every record through the inbox, the contract mapped to the service's own record right here. */
@Component
class CourseListener {

    private final EventInbox inbox;
    private final CourseCatalog catalog;

    CourseListener(EventInbox inbox, CourseCatalog catalog) {
        this.inbox = inbox;
        this.catalog = catalog;
    }

    @KafkaListener(topics = CoursePublished.TOPIC, groupId = "sample-intake")
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive("sample-intake", record, handlers());
    }

    /** A batch listener reaches the inbox from a lambda; that counts as going through it. */
    @KafkaListener(topics = CoursePublished.TOPIC, groupId = "sample-intake-batch", batch = "true")
    void onBatch(List<ConsumerRecord<String, byte[]>> records) {
        records.forEach(record -> inbox.receive("sample-intake-batch", record, handlers()));
    }

    private EventHandlers handlers() {
        return EventHandlers.on(CoursePublished.class,
                event -> catalog.remember(new Course(event.courseId(), event.title())));
    }

    /** A class-level listener: its handler methods must go through the inbox as well. */
    @Component
    @KafkaListener(topics = CoursePublished.TOPIC, groupId = "sample-intake-handlers")
    static class CourseHandlers {

        private final EventInbox inbox;
        private final CourseCatalog catalog;

        CourseHandlers(EventInbox inbox, CourseCatalog catalog) {
            this.inbox = inbox;
            this.catalog = catalog;
        }

        @KafkaHandler
        void on(ConsumerRecord<String, byte[]> record) {
            inbox.receive("sample-intake-handlers", record, EventHandlers.on(CoursePublished.class,
                    event -> catalog.remember(new Course(event.courseId(), event.title()))));
        }
    }
}
