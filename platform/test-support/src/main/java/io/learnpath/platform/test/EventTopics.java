package io.learnpath.platform.test;

import static org.awaitility.Awaitility.await;

import io.learnpath.platform.events.CloudEventHeaders;
import io.learnpath.platform.events.EventEnvelope;
import io.learnpath.platform.events.IntegrationEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The shared Kafka broker as other services see it: publish records the way their outboxes do (CloudEvents
 * headers, keyed by subject), and read what the service under test published, with fresh consumer groups.
 */
public final class EventTopics {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static KafkaProducer<String, byte[]> producer;

    private EventTopics() {
    }

    /** Publishes {@code body} with the event's CloudEvents headers, keyed by its subject, as an outbox would. */
    public static void publish(String topic, IntegrationEvent event, String source, byte[] body) {
        publish(topic, event.subject(), EventEnvelope.headersFor(event, source), body);
    }

    /** Publishes a record with exactly these headers (for records no well-behaved publisher would send). */
    public static void publish(String topic, String key, Map<String, String> headers, byte[] body) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, body);
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try {
            producer().send(record).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not publish to " + topic, e);
        }
    }

    /**
     * Reads {@code topic} from the beginning with a fresh group until {@code done} holds for the records seen so
     * far that are {@code wanted}, and returns them in the order they were read.
     */
    public static List<ConsumerRecord<String, byte[]>> readUntil(String topic,
            Predicate<ConsumerRecord<String, byte[]>> wanted, Predicate<List<ConsumerRecord<String, byte[]>>> done) {
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            consumer.subscribe(List.of(topic));
            await().atMost(PATIENCE).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (wanted.test(record)) {
                        seen.add(record);
                    }
                });
                return done.test(seen);
            });
        }
        return seen;
    }

    /** The first record on {@code topic} with this key, waiting for it to arrive. */
    public static ConsumerRecord<String, byte[]> firstWithKey(String topic, String key) {
        return readUntil(topic, record -> key.equals(record.key()), seen -> !seen.isEmpty()).getFirst();
    }

    /** The first {@code count} records on {@code topic} with this key and CloudEvents type, waiting for them. */
    public static List<ConsumerRecord<String, byte[]>> withKeyAndType(String topic, String key, String type,
            int count) {
        return readUntil(topic,
                record -> key.equals(record.key()) && type.equals(header(record, CloudEventHeaders.TYPE)),
                seen -> seen.size() >= count).subList(0, count);
    }

    /**
     * Everything {@code topic} holds now that is {@code wanted}: reads every partition up to the end offsets taken
     * at the start, so "nothing else was published" can be asserted without waiting for a time-out.
     */
    public static List<ConsumerRecord<String, byte[]>> readAll(String topic,
            Predicate<ConsumerRecord<String, byte[]>> wanted) {
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            await().atMost(PATIENCE).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (wanted.test(record)) {
                        seen.add(record);
                    }
                });
                return partitions.stream().allMatch(partition -> consumer.position(partition) >= ends.get(partition));
            });
        }
        return seen;
    }

    /**
     * A live view of {@code topic} from its beginning, for tests that watch it across several steps (for example
     * that nothing more arrives during a window). Close it when done.
     */
    public static Subscription subscribe(String topic) {
        KafkaConsumer<String, byte[]> consumer = consumer();
        consumer.subscribe(List.of(topic));
        return new Subscription(consumer);
    }

    /** What a {@link #subscribe(String)} consumer has read so far. */
    public static final class Subscription implements AutoCloseable {

        private final KafkaConsumer<String, byte[]> consumer;
        private final List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();

        private Subscription(KafkaConsumer<String, byte[]> consumer) {
            this.consumer = consumer;
        }

        /** Polls once more and answers everything received so far with this key, in order. */
        public synchronized List<ConsumerRecord<String, byte[]>> withKey(String key) {
            consumer.poll(Duration.ofMillis(200)).forEach(received::add);
            return received.stream().filter(record -> key.equals(record.key())).toList();
        }

        @Override
        public synchronized void close() {
            consumer.close();
        }
    }

    /** A header's value as text, or null when the record has none of that name. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.shared().kafkaBootstrapServers());
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(properties, new StringDeserializer(), new ByteArrayDeserializer());
    }

    // One producer for the test JVM: creating one per record would cost a metadata round trip each time. Its
    // network thread is a daemon, so it does not hold the JVM open.
    private static synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Properties properties = new Properties();
            properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    TestInfrastructure.shared().kafkaBootstrapServers());
            properties.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }
}
