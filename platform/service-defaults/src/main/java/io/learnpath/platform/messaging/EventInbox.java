package io.learnpath.platform.messaging;

import io.learnpath.platform.events.EventEnvelope;
import io.learnpath.platform.events.MalformedEventException;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.record.TimestampType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way services consume events: reads the CloudEvents envelope, picks the handler for its type, and runs
 * it in a database transaction together with a row in {@code processed_event}. A redelivered event finds its row
 * and does nothing, so each event is applied exactly once even though Kafka delivers at least once. Exceptions
 * propagate to the container's error handler, which retries and then dead-letters.
 */
public class EventInbox {

    private static final Logger log = LoggerFactory.getLogger(EventInbox.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final EventMeters meters;
    private final Clock clock;

    public EventInbox(JdbcTemplate jdbc, TransactionTemplate transactions, JsonMapper json, MeterRegistry meters,
            Clock clock) {
        this(jdbc, transactions, json, new EventMeters(meters), clock);
    }

    /** With the meters the service's dead-letter handler counts with too, so both label types alike. */
    public EventInbox(JdbcTemplate jdbc, TransactionTemplate transactions, JsonMapper json, EventMeters meters,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * @param consumer a stable name for this consumer; two consumers of the same event each apply it once
     */
    public void receive(String consumer, ConsumerRecord<String, byte[]> record, EventHandlers handlers) {
        // Before the envelope is read: a malformed record is dead-lettered, and its counter must be there already.
        meters.receiving(consumer, record.topic(), handlers);
        EventEnvelope envelope = EventEnvelope.from(name -> lastHeader(record, name), record.value());
        String type = meters.typeLabel(record.topic(), envelope.type());
        timeLags(consumer, type, envelope, record);
        EventHandlers.Handler<?> handler = handlers.forType(envelope.type());
        if (handler == null) {
            count(consumer, type, "ignored");
            log.debug("{} passes over {} ({})", consumer, envelope.type(), envelope.id());
            return;
        }
        apply(consumer, envelope, handler);
    }

    private <T> void apply(String consumer, EventEnvelope envelope, EventHandlers.Handler<T> handler) {
        T payload = read(envelope, handler.payloadType());
        boolean applied = Boolean.TRUE.equals(transactions.execute(status -> {
            if (!markProcessed(consumer, envelope)) {
                return false;
            }
            handler.action().accept(payload);
            return true;
        }));
        count(consumer, envelope.type(), applied ? "processed" : "duplicate");
        if (!applied) {
            log.debug("{} already applied {} ({})", consumer, envelope.type(), envelope.id());
        }
    }

    private boolean markProcessed(String consumer, EventEnvelope envelope) {
        return jdbc.update("""
                INSERT INTO processed_event (consumer, event_id, event_type, processed_at)
                VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                consumer, envelope.id(), envelope.type(), Timestamp.from(clock.instant())) == 1;
    }

    private <T> T read(EventEnvelope envelope, Class<T> type) {
        try {
            T payload = json.readValue(envelope.payload(), type);
            if (payload == null) {
                throw new MalformedEventException("event " + envelope.id() + " has a null payload");
            }
            return payload;
        } catch (JacksonException e) {
            throw new MalformedEventException("event " + envelope.id() + " is not a valid " + envelope.type(), e);
        }
    }

    /**
     * How old an event is when it reaches this consumer, in two parts: from when it happened ({@code ce_time}) to
     * when the publisher's outbox sent it (the record's timestamp, set by the producer), and from that send to now
     * (broker and this consumer's queue). The wall clock, not the injected {@link Clock}: these are real delays,
     * and a test that moves its clock must not turn them into days.
     */
    private void timeLags(String consumer, String type, EventEnvelope envelope, ConsumerRecord<?, ?> record) {
        if (record.timestampType() != TimestampType.CREATE_TIME || record.timestamp() < 0) {
            return;
        }
        if (envelope.time() != null) {
            meters.lag("learnpath.events.relay.lag", "From an event's time to its send by the publisher's outbox",
                    consumer, type).record(Duration.ofMillis(record.timestamp() - envelope.time().toEpochMilli()));
        }
        meters.lag("learnpath.events.delivery.lag", "From an event's send to its reception by this consumer",
                consumer, type).record(Duration.ofMillis(System.currentTimeMillis() - record.timestamp()));
    }

    private void count(String consumer, String type, String outcome) {
        meters.consumed(consumer, type, outcome).increment();
    }

    private static byte[] lastHeader(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : header.value();
    }
}
