package io.learnpath.notification.deadletters;

import io.learnpath.platform.domain.NotFoundException;
import io.learnpath.platform.events.CloudEventHeaders;
import io.learnpath.platform.messaging.EventsProperties;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dead letters of the topics this service consumes, and their replay after a fix. A replay sends the original
 * record back to the topic it came from (same key, value and CloudEvents headers, without the {@code kafka_dlt-*}
 * diagnostics), where the consumer that gave up on it reads it again; it is recorded in the transaction that sends
 * it, so the same dead letter is replayed once. Even a second copy would change nothing: consumers apply each
 * CloudEvents id once ({@code processed_event}).
 */
@Service
public class DeadLetters {

    private static final long SEND_TIMEOUT_SECONDS = 10;

    private final DeadLetterTopics topics;
    private final ReplayLedger ledger;
    private final KafkaOperations<Object, Object> kafka;
    private final EventsProperties events;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final Clock clock;
    private final String groupPrefix;

    DeadLetters(DeadLetterTopics topics, ReplayLedger ledger, KafkaOperations<Object, Object> kafka,
            EventsProperties events, TransactionTemplate transactions, MeterRegistry meters, Clock clock,
            @Value("${spring.kafka.consumer.group-id}") String groupId) {
        this.groupPrefix = groupId;
        this.topics = topics;
        this.ledger = ledger;
        this.kafka = kafka;
        this.events = events;
        this.transactions = transactions;
        this.meters = meters;
        this.clock = clock;
    }

    /** The dead letters of every consumed topic, at most {@code limit} per topic. */
    public List<DeadLetter> list(int limit) {
        List<DeadLetter> all = new ArrayList<>();
        for (String topic : deadLetterTopics()) {
            Set<String> replayed = ledger.replayedOn(topic);
            topics.read(topic, limit).stream().filter(this::ours).forEach(record -> all.add(describe(record,
                    replayed.contains(record.partition() + "/" + record.offset()))));
        }
        return all;
    }

    /**
     * Replays one dead letter.
     *
     * @return false when it had been replayed before (nothing is sent again)
     * @throws NotFoundException when the topic is not one of this service's dead-letter topics or has no such record
     */
    public boolean replay(String topic, int partition, long offset) {
        if (!deadLetterTopics().contains(topic)) {
            throw new NotFoundException("dead-letter topic", topic);
        }
        ConsumerRecord<String, byte[]> record = topics.readOne(topic, partition, offset).filter(this::ours)
                .orElseThrow(() -> new NotFoundException("dead letter", topic + "/" + partition + "/" + offset));
        return replay(record);
    }

    /** Replays every dead letter not replayed yet; answers how many it replayed. */
    public int replayAll(int limit) {
        int replayed = 0;
        for (String topic : deadLetterTopics()) {
            Set<String> replayedBefore = ledger.replayedOn(topic);
            for (ConsumerRecord<String, byte[]> record : topics.read(topic, limit)) {
                if (ours(record) && !replayedBefore.contains(record.partition() + "/" + record.offset())
                        && replay(record)) {
                    replayed++;
                }
            }
        }
        return replayed;
    }

    private boolean replay(ConsumerRecord<String, byte[]> record) {
        String original = originalTopic(record);
        Instant now = clock.instant();
        boolean sent = Boolean.TRUE.equals(transactions.execute(status -> {
            if (!ledger.record(record.topic(), record.partition(), record.offset(),
                    text(record, CloudEventHeaders.ID), now)) {
                return false;
            }
            // Inside the transaction: if Kafka does not take it, the ledger row rolls back and it can be tried again.
            send(new ProducerRecord<>(original, null, record.key(), record.value(), withoutDiagnostics(record)));
            return true;
        }));
        if (sent) {
            meters.counter("learnpath.notifications.dead_letters.replayed", "topic", original).increment();
        }
        return sent;
    }

    private void send(ProducerRecord<Object, Object> record) {
        try {
            kafka.send(record).get(SEND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while replaying to " + record.topic(), e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not replay to " + record.topic(), e);
        }
    }

    /**
     * A dead-letter topic is shared by every service that consumes the original topic (the content topic's by the
     * progress- and the notification-service); only what this service's consumer groups gave up on is its to show
     * and replay. A record without the header (dead-lettered before it was read) is shown too.
     */
    private boolean ours(ConsumerRecord<String, byte[]> record) {
        String group = text(record, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP);
        return group == null || group.startsWith(groupPrefix);
    }

    private List<String> deadLetterTopics() {
        return events.consumes().stream().map(EventsProperties::deadLetterTopic).toList();
    }

    private String originalTopic(ConsumerRecord<String, byte[]> record) {
        String original = text(record, KafkaHeaders.DLT_ORIGINAL_TOPIC);
        if (original != null && events.consumes().contains(original)) {
            return original;
        }
        return record.topic().substring(0, record.topic().length() - ".DLT".length());
    }

    private static RecordHeaders withoutDiagnostics(ConsumerRecord<String, byte[]> record) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith("kafka_dlt-")) {
                headers.add(header);
            }
        }
        return headers;
    }

    private DeadLetter describe(ConsumerRecord<String, byte[]> record, boolean replayed) {
        return new DeadLetter(record.topic(), record.partition(), record.offset(), record.key(),
                text(record, CloudEventHeaders.ID), text(record, CloudEventHeaders.TYPE),
                text(record, KafkaHeaders.DLT_ORIGINAL_TOPIC), number(record, KafkaHeaders.DLT_ORIGINAL_PARTITION),
                longNumber(record, KafkaHeaders.DLT_ORIGINAL_OFFSET), text(record, KafkaHeaders.DLT_EXCEPTION_FQCN),
                text(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE), Instant.ofEpochMilli(record.timestamp()),
                replayed);
    }

    private static String text(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    // Spring Kafka writes the original partition and offset as big-endian binary numbers.
    private static Integer number(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value().length != Integer.BYTES ? null
                : ByteBuffer.wrap(header.value()).getInt();
    }

    private static Long longNumber(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value().length != Long.BYTES ? null
                : ByteBuffer.wrap(header.value()).getLong();
    }
}
