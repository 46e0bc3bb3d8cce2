package io.learnpath.platform.messaging;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsOptions;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The gauge {@code learnpath.events.consumer.lag{group,topic,partition}} (Prometheus:
 * {@code learnpath_events_consumer_lag_records}): how many records of each partition the consumer groups of this
 * service have not consumed yet, the partition's end (what a read_committed consumer can read) less the group's
 * committed offset, or less the partition's start while the group has committed nothing there (the consumers
 * start from the earliest record). Every instance of a service reports its groups' whole lag, not its share.
 *
 * <p>Read from the cluster with the admin client every {@code interval} on a virtual thread of its own, never while
 * a scrape or a request waits. While Kafka cannot be reached the gauges keep their last values: telling the outage
 * is {@link KafkaReachability}'s job, and a lag that drops to 0 when the broker goes would be a lie.
 */
public final class ConsumerLag implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ConsumerLag.class);

    /** One partition as one group sees it. */
    record Partition(String group, String topic, int partition) {
    }

    /** One reading of every lag; it may fail as a whole. */
    @FunctionalInterface
    interface Reading {
        Map<Partition, Long> read() throws InterruptedException, ExecutionException, TimeoutException;
    }

    private final Map<String, Object> adminSettings;
    private final Supplier<Map<String, Set<String>>> topicsByGroup;
    private final Duration interval;
    private final MeterRegistry meters;
    private final Map<Partition, AtomicLong> lags = new ConcurrentHashMap<>();
    private volatile Thread refresher;

    /**
     * @param topicsByGroup the consumer groups this service runs and the topics each reads, asked again at every
     *                      refresh (listener containers are created after this)
     */
    ConsumerLag(Map<String, Object> adminSettings, Supplier<Map<String, Set<String>>> topicsByGroup,
            Duration interval, MeterRegistry meters) {
        this.adminSettings = adminSettings;
        this.topicsByGroup = topicsByGroup;
        this.interval = interval;
        this.meters = meters;
    }

    @Override
    public void start() {
        refresher = Thread.ofVirtual().name("kafka-consumer-lag").start(this::refreshUntilStopped);
    }

    @Override
    public void stop() {
        Thread running = refresher;
        refresher = null;
        if (running != null) {
            running.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return refresher != null;
    }

    private void refreshUntilStopped() {
        Map<String, Object> settings = new HashMap<>(adminSettings);
        settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "learnpath-consumer-lag");
        try (Admin admin = Admin.create(settings)) {
            while (refresher == Thread.currentThread()) {
                refresh(() -> read(admin, topicsByGroup.get()));
                Thread.sleep(interval); // a fixed cadence, not a wait for a condition
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    /** Sets every gauge the reading has a value for; a failed reading leaves them all as they were. */
    void refresh(Reading reading) throws InterruptedException {
        Map<Partition, Long> read;
        try {
            read = reading.read();
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            log.debug("Consumer lag not read, the last values stay: {}", e.toString());
            return;
        } catch (RuntimeException e) {
            // Not an outage: a defect. Said, and the next round tries again rather than the gauges freezing.
            log.warn("Consumer lag not read", e);
            return;
        }
        read.forEach((partition, lag) -> lags.computeIfAbsent(partition, this::register).set(lag));
    }

    private AtomicLong register(Partition partition) {
        AtomicLong lag = new AtomicLong();
        Gauge.builder("learnpath.events.consumer.lag", lag, AtomicLong::get)
                .description("Records of the partition the consumer group has not consumed yet")
                .baseUnit("records")
                .tags("group", partition.group(), "topic", partition.topic(),
                        "partition", Integer.toString(partition.partition()))
                .register(meters);
        return lag;
    }

    private Map<Partition, Long> read(Admin admin, Map<String, Set<String>> groups)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (groups.isEmpty()) {
            return Map.of();
        }
        int timeoutMs = (int) Math.clamp(interval.toMillis(), 1_000, 10_000);
        Set<String> topics = new HashSet<>();
        groups.values().forEach(topics::addAll);
        Map<String, Set<TopicPartition>> partitionsByTopic = partitions(admin, topics, timeoutMs);
        Set<TopicPartition> all = new HashSet<>();
        partitionsByTopic.values().forEach(all::addAll);
        Map<TopicPartition, Long> ends = offsets(admin, all, OffsetSpec.latest(), timeoutMs);

        Map<String, ListConsumerGroupOffsetsSpec> specs = new HashMap<>();
        groups.keySet().forEach(group -> specs.put(group, new ListConsumerGroupOffsetsSpec()));
        var committedByGroup = admin.listConsumerGroupOffsets(specs,
                new ListConsumerGroupOffsetsOptions().timeoutMs(timeoutMs));
        Map<Partition, Long> lags = new HashMap<>();
        Map<Partition, TopicPartition> uncommitted = new HashMap<>();
        for (var group : groups.entrySet()) {
            Map<TopicPartition, OffsetAndMetadata> committed = committedByGroup
                    .partitionsToOffsetAndMetadata(group.getKey()).get(timeoutMs, TimeUnit.MILLISECONDS);
            for (String topic : group.getValue()) {
                for (TopicPartition partition : partitionsByTopic.getOrDefault(topic, Set.of())) {
                    Partition key = new Partition(group.getKey(), topic, partition.partition());
                    OffsetAndMetadata offset = committed.get(partition);
                    if (offset == null) {
                        uncommitted.put(key, partition);
                    } else {
                        lags.put(key, Math.max(0, ends.get(partition) - offset.offset()));
                    }
                }
            }
        }
        if (!uncommitted.isEmpty()) {
            Map<TopicPartition, Long> starts = offsets(admin, new HashSet<>(uncommitted.values()),
                    OffsetSpec.earliest(), timeoutMs);
            uncommitted.forEach((key, partition) ->
                    lags.put(key, Math.max(0, ends.get(partition) - starts.get(partition))));
        }
        return lags;
    }

    /** The partitions of each topic that exists; one not created yet has none. */
    private static Map<String, Set<TopicPartition>> partitions(Admin admin, Set<String> topics, int timeoutMs)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, Set<TopicPartition>> partitions = new HashMap<>();
        var described = admin.describeTopics(topics, new DescribeTopicsOptions().timeoutMs(timeoutMs))
                .topicNameValues();
        for (var topic : described.entrySet()) {
            TopicDescription description;
            try {
                description = topic.getValue().get(timeoutMs, TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                    continue;
                }
                throw e;
            }
            Set<TopicPartition> of = new HashSet<>();
            description.partitions().forEach(info -> of.add(new TopicPartition(topic.getKey(), info.partition())));
            partitions.put(topic.getKey(), of);
        }
        return partitions;
    }

    private static Map<TopicPartition, Long> offsets(Admin admin, Collection<TopicPartition> partitions,
            OffsetSpec spec, int timeoutMs) throws InterruptedException, ExecutionException, TimeoutException {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(partition -> request.put(partition, spec));
        // What a read_committed consumer (every Learnpath consumer) can read: an open transaction's records are not
        // behind yet.
        Map<TopicPartition, ListOffsetsResultInfo> infos = admin.listOffsets(request,
                new ListOffsetsOptions(IsolationLevel.READ_COMMITTED).timeoutMs(timeoutMs)).all()
                .get(timeoutMs, TimeUnit.MILLISECONDS);
        Map<TopicPartition, Long> offsets = new HashMap<>();
        infos.forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }
}
