package io.learnpath.bypassinbox.intake;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/** Planted: two listener annotations on one method (compiled as @KafkaListeners), neither through the inbox. */
class TwoTopicsListener {

    final List<String> keys = new ArrayList<>();

    @KafkaListener(topics = "learnpath.catalogue.events", groupId = "bypass-first")
    @KafkaListener(topics = "learnpath.sample.events", groupId = "bypass-second")
    void on(ConsumerRecord<String, byte[]> record) {
        keys.add(record.key());
    }
}
