package io.learnpath.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * What a consumer knows about a received event before it reads the payload: the CloudEvents attributes and the
 * raw JSON body. Built from a transport's headers by {@link #from(Function, byte[])} so this module stays free of
 * Kafka and Spring.
 */
public record EventEnvelope(UUID id, String type, String source, Instant time, String subject, byte[] payload) {

    /**
     * Reads the CloudEvents attributes through {@code header} (header name to raw value, null when absent).
     *
     * @throws MalformedEventException when a required attribute is missing or unreadable: such a record can never
     *                                 be processed and belongs in the dead-letter topic
     */
    public static EventEnvelope from(Function<String, byte[]> header, byte[] payload) {
        String id = required(header, CloudEventHeaders.ID);
        String type = required(header, CloudEventHeaders.TYPE);
        String source = optional(header, CloudEventHeaders.SOURCE);
        String time = optional(header, CloudEventHeaders.TIME);
        String subject = optional(header, CloudEventHeaders.SUBJECT);
        if (payload == null || payload.length == 0) {
            throw new MalformedEventException("event " + id + " has no payload");
        }
        try {
            return new EventEnvelope(UUID.fromString(id), type, source, time == null ? null : Instant.parse(time),
                    subject, payload);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new MalformedEventException("event " + id + " has a malformed ce_id or ce_time");
        }
    }

    /** The headers a publisher attaches, in the same names {@link #from} reads. */
    public static Map<String, String> headersFor(IntegrationEvent event, String source) {
        return Map.of(
                CloudEventHeaders.ID, event.eventId().toString(),
                CloudEventHeaders.TYPE, event.eventType(),
                CloudEventHeaders.SOURCE, source,
                CloudEventHeaders.TIME, event.occurredAt().toString(),
                CloudEventHeaders.SUBJECT, event.subject(),
                CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0,
                CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
    }

    private static String required(Function<String, byte[]> header, String name) {
        String value = optional(header, name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("record has no " + name + " header");
        }
        return value;
    }

    private static String optional(Function<String, byte[]> header, String name) {
        byte[] raw = header.apply(name);
        return raw == null ? null : new String(raw, StandardCharsets.UTF_8);
    }
}
