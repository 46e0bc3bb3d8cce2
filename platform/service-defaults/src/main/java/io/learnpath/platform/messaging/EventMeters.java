package io.learnpath.platform.messaging;

import io.learnpath.platform.events.CloudEventHeaders;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The consumer side's event-flow meters: {@code learnpath.events.consumed{consumer,type,outcome}},
 * {@code learnpath.events.retried{topic,type}}, {@code learnpath.events.dead_lettered{topic,type}} and the
 * {@code learnpath.events.relay.lag} and {@code delivery.lag} timers ({@code {consumer,type}}).
 *
 * <p>The {@code type} label is the record's CloudEvents type only when a consumer of this service handles that type
 * on that topic, and {@value #OTHER} otherwise: the type comes from a record header, which whoever writes to the
 * topic chooses, so a label taken from it as it is could grow without bound.
 *
 * <p>When a consumer receives its first record of a topic, its counters for every type it handles are registered
 * at 0 (and the topic's retried and dead-lettered counters with them): the first dead letter is then a rise from 0
 * that {@code rate()} and {@code increase()} see, not a series that appears at 1.
 */
public final class EventMeters {

    /** The type label of a record whose type no consumer of this service handles on its topic (or that has none). */
    public static final String OTHER = "other";

    private final MeterRegistry meters;
    private final Map<String, Set<String>> handledByTopic = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> registeredByConsumer = new ConcurrentHashMap<>();

    public EventMeters(MeterRegistry meters) {
        this.meters = meters;
    }

    /** A consumer is about to receive a record of {@code topic}: registers what it may count, once. */
    void receiving(String consumer, String topic, EventHandlers handlers) {
        Set<String> registered = registeredByConsumer.computeIfAbsent(consumer + " " + topic,
                key -> ConcurrentHashMap.newKeySet());
        if (!registered.isEmpty() && registered.containsAll(handlers.types())) {
            return;
        }
        Set<String> handled = handledByTopic.computeIfAbsent(topic, key -> ConcurrentHashMap.newKeySet());
        handled.addAll(handlers.types());
        if (registered.add(OTHER)) {
            registerFailures(topic, OTHER);
        }
        for (String type : handlers.types()) {
            if (registered.add(type)) {
                consumed(consumer, type, "processed");
                consumed(consumer, type, "duplicate");
                registerFailures(topic, type);
            }
        }
    }

    /** The label for {@code type} on {@code topic}: itself if handled here, else {@value #OTHER}. */
    String typeLabel(String topic, String type) {
        Set<String> handled = handledByTopic.get(topic);
        return type != null && handled != null && handled.contains(type) ? type : OTHER;
    }

    Counter consumed(String consumer, String type, String outcome) {
        return Counter.builder("learnpath.events.consumed")
                .description("Events received by a consumer, by outcome (processed, duplicate, ignored)")
                .tags("consumer", consumer, "type", type, "outcome", outcome).register(meters);
    }

    Timer lag(String name, String description, String consumer, String type) {
        return Timer.builder(name).description(description).tag("consumer", consumer).tag("type", type)
                .publishPercentiles(0.5, 0.95, 0.99).register(meters);
    }

    /** A failed delivery of {@code record} that will be tried again. */
    void retried(ConsumerRecord<?, ?> record) {
        retried(record.topic(), typeLabel(record.topic(), typeOf(record))).increment();
    }

    /** {@code record} was given up on and sent to its dead-letter topic. */
    void deadLettered(ConsumerRecord<?, ?> record) {
        deadLettered(record.topic(), typeLabel(record.topic(), typeOf(record))).increment();
    }

    private void registerFailures(String topic, String type) {
        retried(topic, type);
        deadLettered(topic, type);
    }

    private Counter retried(String topic, String type) {
        return Counter.builder("learnpath.events.retried")
                .description("Failed deliveries of events that will be tried again")
                .tags("topic", topic, "type", type).register(meters);
    }

    private Counter deadLettered(String topic, String type) {
        return Counter.builder("learnpath.events.dead_lettered")
                .description("Events given up on and sent to the topic's dead-letter topic")
                .tags("topic", topic, "type", type).register(meters);
    }

    private static String typeOf(ConsumerRecord<?, ?> record) {
        Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
        return type == null ? null : new String(type.value(), StandardCharsets.UTF_8);
    }
}
