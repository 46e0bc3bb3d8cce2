package io.learnpath.bypassinbox.intake;

import io.learnpath.catalogue.events.CoursePublished;
import io.learnpath.platform.messaging.EventHandlers;
import io.learnpath.platform.messaging.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/** Not a violation: through the inbox. */
class InboxListener {

    private final EventInbox inbox;

    InboxListener(EventInbox inbox) {
        this.inbox = inbox;
    }

    @KafkaListener(topics = CoursePublished.TOPIC, groupId = "through-the-inbox")
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive("through-the-inbox", record, EventHandlers.on(CoursePublished.class, event -> { }));
    }
}
