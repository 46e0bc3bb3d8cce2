package io.learnpath.notification.support;

import io.learnpath.platform.events.IntegrationEvent;
import io.learnpath.platform.test.EventTopics;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.test.context.TestComponent;
import tools.jackson.databind.json.JsonMapper;

/** Publishes real records, with CloudEvents headers, the way the other services' outboxes do. */
@TestComponent
public class Events {

    private final JsonMapper json;

    Events(JsonMapper json) {
        this.json = json;
    }

    public void publish(String topic, IntegrationEvent event) {
        EventTopics.publish(topic, event, "test", json.writeValueAsBytes(event));
    }

    /** The event's headers with a body of our choosing: unknown fields, broken JSON. */
    public void publishRaw(String topic, IntegrationEvent event, String body) {
        EventTopics.publish(topic, event, "test", body.getBytes(StandardCharsets.UTF_8));
    }
}
