package io.learnpath.notification.deadletters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;

/**
 * Reads dead-letter topics with a short-lived consumer that assigns itself every partition and never commits: a
 * look at what is there, from the start to the end as it was when the read began, that moves no consumer group.
 */
@Component
class DeadLetterTopics {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration GIVE_UP = Duration.ofSeconds(10);

    private final ConsumerFactory<String, byte[]> consumers;

    DeadLetterTopics(ConsumerFactory<String, byte[]> consumers) {
        this.consumers = consumers;
    }

    /** Every record of {@code topic}, oldest first per partition, at most {@code limit}. */
    List<ConsumerRecord<String, byte[]>> read(String topic, int limit) {
        return read(topic, null, 0, limit, record -> true);
    }

    Optional<ConsumerRecord<String, byte[]>> readOne(String topic, int partition, long offset) {
        return read(topic, partition, offset, 1, record -> record.offset() == offset).stream().findFirst();
    }

    private List<ConsumerRecord<String, byte[]>> read(String topic, Integer onlyPartition, long from, int limit,
            Predicate<ConsumerRecord<String, byte[]>> wanted) {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(Math.max(1, Math.min(limit, 500))));
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (Consumer<String, byte[]> consumer = consumers.createConsumer(null, "dead-letters", null, overrides)) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic);
            if (infos == null) {
                return found;
            }
            List<TopicPartition> partitions = infos.stream().map(info -> new TopicPartition(topic, info.partition()))
                    .filter(tp -> onlyPartition == null || tp.partition() == onlyPartition).toList();
            if (partitions.isEmpty()) {
                return found;
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            partitions.forEach(tp -> consumer.seek(tp, Math.min(from, end.get(tp))));
            long deadline = System.nanoTime() + GIVE_UP.toNanos();
            while (found.size() < limit && !caughtUp(consumer, partitions, end) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    if (record.offset() < end.get(new TopicPartition(topic, record.partition()))
                            && wanted.test(record) && found.size() < limit) {
                        found.add(record);
                    }
                }
            }
        }
        return found;
    }

    private static boolean caughtUp(Consumer<?, ?> consumer, List<TopicPartition> partitions,
            Map<TopicPartition, Long> end) {
        return partitions.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp));
    }
}
