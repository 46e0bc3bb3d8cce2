package io.learnpath.bypassinbox.intake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/** Planted: applies each record itself, so a redelivery applies it twice. */
class CourseListener {

    final List<String> titles = new ArrayList<>();

    @KafkaListener(topics = "learnpath.catalogue.events", groupId = "bypass")
    void on(ConsumerRecord<String, byte[]> record) {
        titles.add(new String(record.value(), StandardCharsets.UTF_8));
    }
}
