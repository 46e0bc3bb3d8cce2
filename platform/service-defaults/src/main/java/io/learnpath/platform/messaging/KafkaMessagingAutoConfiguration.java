package io.learnpath.platform.messaging;

import io.learnpath.platform.events.MalformedEventException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.core.JacksonException;

/**
 * Kafka as every service uses it: the topics it publishes to and consumes are declared with their dead-letter
 * topics, and a listener
 * that throws is retried with exponential back-off and then dead-lettered, with the error in the record's
 * headers, so one poison record never stops its partition. Records that can never succeed (malformed envelope,
 * unreadable JSON) skip the retries.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnClass(KafkaOperations.class)
@EnableConfigurationProperties(EventsProperties.class)
public class KafkaMessagingAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KafkaMessagingAutoConfiguration.class);

    /** The consumers' event-flow meters, shared by the error handler below and the {@link EventInbox}. */
    @Bean
    @ConditionalOnMissingBean
    EventMeters eventMeters(ObjectProvider<MeterRegistry> meterRegistry) {
        return new EventMeters(meterRegistry.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler deadLetteringErrorHandler(KafkaOperations<Object, Object> kafka, EventsProperties events,
            EventMeters meters) {
        // Partition -1: let the producer pick the DLT partition from the key instead of assuming equal partitions.
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(EventsProperties.deadLetterTopic(record.topic()), -1));
        EventsProperties.Retry retry = events.retry();
        ExponentialBackOff backOff = new ExponentialBackOff(retry.initialInterval().toMillis(), retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        backOff.setMaxAttempts(Math.max(0, retry.attempts() - 1));
        DefaultErrorHandler handler = new DefaultErrorHandler((record, exception) -> {
            log.warn("Dead-lettering {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                    exception.getMessage());
            recoverer.accept(record, exception);
            meters.deadLettered(record);
        }, backOff);
        // Every failed delivery that will be tried again: a rising rate is a dependency in trouble.
        handler.setRetryListeners((record, exception, attempt) -> meters.retried(record));
        handler.addNotRetryableExceptions(MalformedEventException.class, JacksonException.class);
        return handler;
    }

    /** One line when Kafka goes and one when it is back, instead of the clients' warning per reconnect attempt. */
    @Bean
    KafkaReachability kafkaReachability(KafkaAdmin admin, Environment environment, ObjectProvider<Clock> clock,
            ObjectProvider<MeterRegistry> meterRegistry) {
        return new KafkaReachability(admin.getConfigurationProperties(),
                environment.getProperty("learnpath.kafka.reachability-check-every", Duration.class,
                        Duration.ofSeconds(5)),
                clock.getIfAvailable(Clock::systemUTC), meterRegistry.getIfAvailable(SimpleMeterRegistry::new));
    }

    /**
     * The lag of the consumer groups this service runs (its listener containers' groups and topics), read every
     * {@code learnpath.kafka.consumer-lag-every} (KAFKA_CONSUMER_LAG_EVERY, 10 s by default).
     */
    @Bean
    ConsumerLag consumerLag(KafkaAdmin admin, Environment environment,
            ObjectProvider<KafkaListenerEndpointRegistry> listeners, ObjectProvider<MeterRegistry> meterRegistry) {
        return new ConsumerLag(admin.getConfigurationProperties(), () -> topicsByGroup(listeners.getIfAvailable()),
                environment.getProperty("learnpath.kafka.consumer-lag-every", Duration.class, Duration.ofSeconds(10)),
                meterRegistry.getIfAvailable(SimpleMeterRegistry::new));
    }

    private static Map<String, Set<String>> topicsByGroup(KafkaListenerEndpointRegistry listeners) {
        Map<String, Set<String>> groups = new TreeMap<>();
        if (listeners == null) {
            return groups;
        }
        for (MessageListenerContainer container : listeners.getListenerContainers()) {
            String[] topics = container.getContainerProperties().getTopics();
            if (container.getGroupId() != null && topics != null) {
                groups.computeIfAbsent(container.getGroupId(), group -> new TreeSet<>()).addAll(List.of(topics));
            }
        }
        return groups;
    }

    /** The topic this service publishes to and the topics it consumes, each with its dead-letter topic. */
    @Bean
    KafkaAdmin.NewTopics ownTopics(EventsProperties events) {
        List<String> topics = new ArrayList<>(events.consumes());
        if (events.topic() != null) {
            topics.add(events.topic());
        }
        return new KafkaAdmin.NewTopics(topics.stream().distinct()
                .flatMap(topic -> Stream.of(topic, EventsProperties.deadLetterTopic(topic)))
                .map(name -> TopicBuilder.name(name).partitions(events.partitions()).replicas(events.replicas())
                        .build())
                .toArray(NewTopic[]::new));
    }
}
