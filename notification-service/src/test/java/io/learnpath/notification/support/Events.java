package io.learnpath.notification.support;

import io.learnpath.platform.events.EventEnvelope;
import io.learnpath.platform.events.IntegrationEvent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Publishes real records, with CloudEvents headers, the way the other services' outboxes do. */
@TestComponent
public class Events {

    private final KafkaTemplate<String, byte[]> kafka;
    private final JsonMapper json;

    Events(KafkaTemplate<String, byte[]> kafka, JsonMapper json) {
        this.kafka = kafka;
        this.json = json;
    }

    public void publish(String topic, IntegrationEvent event) {
        send(topic, event, json.writeValueAsBytes(event));
    }

    /** The event's headers with a body of our choosing: unknown fields, broken JSON. */
    public void publishRaw(String topic, IntegrationEvent event, String body) {
        send(topic, event, body.getBytes(StandardCharsets.UTF_8));
    }

    private void send(String topic, IntegrationEvent event, byte[] body) {
        List<Header> headers = new ArrayList<>();
        for (Map.Entry<String, String> header : EventEnvelope.headersFor(event, "test").entrySet()) {
            headers.add(new RecordHeader(header.getKey(), header.getValue().getBytes(StandardCharsets.UTF_8)));
        }
        try {
            kafka.send(new ProducerRecord<>(topic, null, event.subject(), body, headers)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish " + event, e);
        }
    }
}
