package io.learnpath.bypassinbox.intake;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaHandler;
import org.springframework.kafka.annotation.KafkaListener;

/** Planted: a class-level listener whose handler skips the inbox. */
@KafkaListener(topics = "learnpath.catalogue.events", groupId = "bypass-handlers")
class CourseHandlers {

    final List<String> keys = new ArrayList<>();

    @KafkaHandler
    void on(ConsumerRecord<String, byte[]> record) {
        keys.add(record.key());
    }

    /** Not a listener method: no annotation, so it is not checked. */
    void helper() {
        keys.clear();
    }
}
