package io.learnpath.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventEnvelopeTest {

    @EventType("learnpath.test.something-happened.v1")
    record SomethingHappened(UUID eventId, Instant occurredAt, String subject) implements IntegrationEvent {
    }

    private final SomethingHappened event =
            new SomethingHappened(UUID.randomUUID(), Instant.parse("2026-01-02T03:04:05Z"), "learner-1");

    @Test
    void readsBackTheHeadersAPublisherWrites() {
        Map<String, String> headers = EventEnvelope.headersFor(event, "progress-service");
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

        EventEnvelope envelope = EventEnvelope.from(name -> bytes(headers.get(name)), body);

        assertThat(envelope.id()).isEqualTo(event.eventId());
        assertThat(envelope.type()).isEqualTo("learnpath.test.something-happened.v1");
        assertThat(envelope.source()).isEqualTo("progress-service");
        assertThat(envelope.time()).isEqualTo(event.occurredAt());
        assertThat(envelope.subject()).isEqualTo("learner-1");
        assertThat(headers).containsEntry(CloudEventHeaders.SPEC_VERSION, "1.0");
    }

    @Test
    void rejectsARecordWithoutAnId() {
        Map<String, String> headers = new HashMap<>(EventEnvelope.headersFor(event, "x"));
        headers.remove(CloudEventHeaders.ID);

        assertThatThrownBy(() -> EventEnvelope.from(name -> bytes(headers.get(name)), new byte[] {'{', '}'}))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("ce_id");
    }

    @Test
    void rejectsAnIdThatIsNotAUuid() {
        Map<String, String> headers = new HashMap<>(EventEnvelope.headersFor(event, "x"));
        headers.put(CloudEventHeaders.ID, "not-a-uuid");

        assertThatThrownBy(() -> EventEnvelope.from(name -> bytes(headers.get(name)), new byte[] {'{', '}'}))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void rejectsAnEmptyPayload() {
        Map<String, String> headers = EventEnvelope.headersFor(event, "x");

        assertThatThrownBy(() -> EventEnvelope.from(name -> bytes(headers.get(name)), new byte[0]))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("no payload");
    }

    @Test
    void anEventWithoutATypeAnnotationIsAProgrammingError() {
        record Untyped(UUID eventId, Instant occurredAt, String subject) implements IntegrationEvent {
        }
        assertThatThrownBy(() -> new Untyped(UUID.randomUUID(), Instant.now(), "s").eventType())
                .isInstanceOf(IllegalStateException.class);
    }

    private static byte[] bytes(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }
}
