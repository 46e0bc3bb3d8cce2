package io.learnpath.platform.outbox;

import io.learnpath.platform.events.EventEnvelope;
import io.learnpath.platform.events.IntegrationEvent;
import io.learnpath.platform.messaging.EventsProperties;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The transactional outbox, built on Spring Modulith's event publication registry: a service publishes an
 * {@link IntegrationEvent} with {@code ApplicationEventPublisher} inside its transaction; Modulith stores it in
 * {@code event_publication} in that same transaction and, after commit, sends it to the service's topic, keyed
 * by {@link IntegrationEvent#subject()}, with CloudEvents headers ({@link OutboxKafkaSender}, in place of Modulith's
 * own Kafka externalizer: {@link ModulithKafkaExternalizerFilter}). Publications Kafka has not acknowledged are
 * relayed again on restart and by {@link OutboxRelayRetrier}; {@link OutboxRelayOrder} and {@link RelayTurns} keep
 * the sends in commit order while many publications are in flight.
 */
// Before Boot's task execution: its AsyncConfigurer (the application executor, a virtual thread per task) backs off
// only if ours is already registered, and without ours a learner's changes could reach Kafka out of order. After
// Kafka's, whose template the relay sends with.
@AutoConfiguration(before = TaskExecutionAutoConfiguration.class,
        beforeName = "org.springframework.modulith.events.config.EventExternalizationAutoConfiguration",
        afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@ConditionalOnClass({ EventExternalizationConfiguration.class, JdbcTemplate.class })
@ConditionalOnProperty("learnpath.events.topic")
@EnableConfigurationProperties(EventsProperties.class)
@EnableScheduling
public class OutboxAutoConfiguration {

    @Bean
    EventExternalizationConfiguration integrationEventsToKafka(EventsProperties events,
            @Value("${spring.application.name}") String source) {
        // Not serialized: RelayTurns hands the sends to Kafka one by one in commit order, and the idempotent producer
        // keeps that order per partition with up to five requests in flight. Modulith's serialization would also
        // wait for each acknowledgement before the next send, one broker round trip per event.
        return EventExternalizationConfiguration.externalizing()
                .select(event -> event instanceof IntegrationEvent)
                .routeAll(event -> RoutingTarget.forTarget(events.topic())
                        .andKey(((IntegrationEvent) event).subject()))
                .headers(IntegrationEvent.class, event -> new HashMap<>(EventEnvelope.headersFor(event, source)))
                .build();
    }

    @Bean
    RelayTurns outboxRelayTurns() {
        return new RelayTurns();
    }

    @Bean(destroyMethod = "shutdown")
    @ConditionalOnMissingBean(AsyncConfigurer.class)
    OutboxRelayOrder outboxRelayOrder(RelayTurns turns) {
        return new OutboxRelayOrder(turns);
    }

    @Bean(destroyMethod = "shutdown")
    @ConditionalOnBean(KafkaOperations.class)
    OutboxKafkaSender outboxKafkaSender(EventExternalizationConfiguration configuration,
            KafkaOperations<Object, Object> kafka, RelayTurns turns) {
        return new OutboxKafkaSender(configuration, kafka, turns);
    }

    /** The outbox's externalizer: Modulith's listener, which keeps the publication registry's books around it. */
    @Bean
    @ConditionalOnBean(OutboxKafkaSender.class)
    DelegatingEventExternalizer outboxKafkaExternalizer(EventExternalizationConfiguration configuration,
            OutboxKafkaSender sender) {
        return new DelegatingEventExternalizer(configuration, sender);
    }

    @Bean
    OutboxRelayRetrier outboxRelayRetrier(IncompleteEventPublications incomplete, EventsProperties events) {
        return new OutboxRelayRetrier(incomplete, events.outbox().retryInterval(),
                events.outbox().retryOlderThan());
    }

    @Bean
    Gauge outboxBacklog(MeterRegistry meters, JdbcTemplate jdbc) {
        return Gauge.builder("learnpath.outbox.backlog",
                        () -> jdbc.queryForObject("SELECT count(*) FROM event_publication WHERE completion_date IS NULL",
                                Long.class))
                .description("Events written to the outbox and not yet acknowledged by Kafka")
                .register(meters);
    }

    /**
     * How long the oldest event of the outbox has waited for Kafka's acknowledgement (0 when none waits): a backlog
     * that drains is normal, one whose oldest event keeps ageing is a relay that does not get through. Read with
     * the clock Modulith stamps publications with, when sampled.
     */
    @Bean
    Gauge outboxOldestAge(MeterRegistry meters, JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
        Clock now = clock.getIfAvailable(Clock::systemUTC);
        return Gauge.builder("learnpath.outbox.oldest.age", () -> {
                    Timestamp oldest = jdbc.queryForObject(
                            "SELECT min(publication_date) FROM event_publication WHERE completion_date IS NULL",
                            Timestamp.class);
                    return oldest == null ? 0
                            : Math.max(0, Duration.between(oldest.toInstant(), now.instant()).toMillis() / 1000.0);
                })
                .description("Age of the oldest event in the outbox not yet acknowledged by Kafka, 0 when none")
                .baseUnit("seconds")
                .register(meters);
    }

}
