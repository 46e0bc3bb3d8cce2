package io.learnpath.platform.messaging;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Event settings of one service: the topic it publishes to (null for a service that only consumes), the topics
 * it consumes, how topics are created, and how consumers retry before a record is dead-lettered.
 *
 * @param consumes topics this service reads; they and their dead-letter topics are declared at start-up, so a
 *                 consumer never depends on the broker auto-creating them (often off in real clusters) or on
 *                 its publisher having started first
 */
@ConfigurationProperties("learnpath.events")
public record EventsProperties(String topic, @DefaultValue List<String> consumes, @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicas, @DefaultValue Retry retry, @DefaultValue Outbox outbox) {

    /** Exponential back-off for transient consumer failures; after the last attempt the record is dead-lettered. */
    public record Retry(@DefaultValue("4") int attempts, @DefaultValue("200ms") Duration initialInterval,
            @DefaultValue("2.0") double multiplier, @DefaultValue("5s") Duration maxInterval) {
    }

    /** How often, and for which age, publications Kafka has not yet acknowledged are relayed again. */
    public record Outbox(@DefaultValue("30s") Duration retryInterval, @DefaultValue("30s") Duration retryOlderThan) {
    }

    public static String deadLetterTopic(String topic) {
        return topic + ".DLT";
    }
}
