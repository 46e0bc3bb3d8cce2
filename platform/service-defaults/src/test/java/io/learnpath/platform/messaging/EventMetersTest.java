package io.learnpath.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.platform.events.CloudEventHeaders;
import io.learnpath.platform.events.EventType;
import io.learnpath.platform.events.IntegrationEvent;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The dead-letter handler's counts: labelled by type only for types a consumer here handles on the topic. */
class EventMetersTest {

    private static final String TOPIC = "learnpath.test";

    @EventType("learnpath.test.lesson-completed.v1")
    record LessonCompleted(UUID eventId, Instant occurredAt, String subject) implements IntegrationEvent {
    }

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final EventMeters eventMeters = new EventMeters(meters);

    @Test
    void aHandledTypeIsItsOwnLabelAnythingElseIsOther() {
        eventMeters.receiving("progress.lessons", TOPIC, EventHandlers.on(LessonCompleted.class, event -> { }));

        eventMeters.deadLettered(record("learnpath.test.lesson-completed.v1"));
        eventMeters.retried(record("learnpath.test.lesson-completed.v1"));
        eventMeters.deadLettered(record("<script>" + UUID.randomUUID()));
        eventMeters.deadLettered(record(null));

        assertThat(count("learnpath.events.dead_lettered", "learnpath.test.lesson-completed.v1")).isEqualTo(1);
        assertThat(count("learnpath.events.retried", "learnpath.test.lesson-completed.v1")).isEqualTo(1);
        assertThat(count("learnpath.events.dead_lettered", EventMeters.OTHER)).isEqualTo(2);
        assertThat(meters.find("learnpath.events.dead_lettered").counters()).hasSize(2);
    }

    @Test
    void aTypeHandledOnAnotherTopicIsOtherHere() {
        eventMeters.receiving("progress.lessons", "learnpath.elsewhere",
                EventHandlers.on(LessonCompleted.class, event -> { }));

        eventMeters.deadLettered(record("learnpath.test.lesson-completed.v1"));

        assertThat(count("learnpath.events.dead_lettered", EventMeters.OTHER)).isEqualTo(1);
    }

    private double count(String name, String type) {
        return meters.get(name).tags("topic", TOPIC, "type", type).counter().count();
    }

    private static ConsumerRecord<String, byte[]> record(String type) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(TOPIC, 0, 0L, "learner-7", new byte[0]);
        if (type != null) {
            record.headers().add(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }
}
