package io.learnpath.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.platform.events.EventType;
import io.learnpath.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventHandlersTest {

    @EventType("learnpath.test.first.v1")
    record First(UUID eventId, Instant occurredAt, String subject) implements IntegrationEvent {
    }

    @EventType("learnpath.test.second.v1")
    record Second(UUID eventId, Instant occurredAt, String subject) implements IntegrationEvent {
    }

    @Test
    void findsTheHandlerByCloudEventsType() {
        List<Object> seen = new ArrayList<>();
        EventHandlers handlers = EventHandlers.on(First.class, seen::add).and(Second.class, seen::add);

        assertThat(handlers.forType("learnpath.test.first.v1").payloadType()).isEqualTo(First.class);
        assertThat(handlers.forType("learnpath.test.second.v1").payloadType()).isEqualTo(Second.class);
        assertThat(handlers.forType("learnpath.test.unknown.v1")).isNull();
    }
}
