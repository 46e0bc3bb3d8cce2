package io.learnpath.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.platform.events.EventEnvelope;
import io.learnpath.platform.events.EventType;
import io.learnpath.platform.events.IntegrationEvent;
import io.learnpath.platform.testing.TestDatabases;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.modulith.events.RoutingTarget;

/**
 * Where the outbox sends what a service publishes, as Spring Modulith's Kafka externalizer reads it from the
 * {@link EventExternalizationConfiguration} the platform declares: integration events only, to the service's
 * topic, keyed by subject, with the CloudEvents headers consumers' inboxes require.
 */
class OutboxRoutingTest {

    @EventType("learnpath.test.lesson-completed.v1")
    record LessonCompleted(UUID eventId, Instant occurredAt, String subject, String lesson)
            implements IntegrationEvent {
    }

    /** An application event that stays inside the service. */
    record LessonCacheEvicted(String lesson) {
    }

    private static final LessonCompleted EVENT = new LessonCompleted(UUID.randomUUID(),
            Instant.parse("2026-03-01T10:15:30Z"), "learner-7", "git-basics");

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(OutboxAutoConfiguration.class))
            .withPropertyValues("learnpath.events.topic=learnpath.progress", "spring.application.name=progress-service")
            .withBean(IncompleteEventPublications.class, NoIncompletePublications::new)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
            .withBean(JdbcTemplate.class, () -> jdbc);

    private static JdbcTemplate jdbc;

    @BeforeAll
    static void database() {
        jdbc = new JdbcTemplate(TestDatabases.migrated("outbox_routing_test"));
    }

    @Test
    void externalizesIntegrationEventsOnly() {
        runner.run(context -> {
            EventExternalizationConfiguration outbox = context.getBean(EventExternalizationConfiguration.class);

            assertThat(outbox.supports(EVENT)).isTrue();
            assertThat(outbox.supports(new LessonCacheEvicted("git-basics"))).isFalse();
            assertThat(outbox.supports("git-basics")).isFalse();
        });
    }

    @Test
    void routesToTheServicesTopicKeyedBySubject() {
        runner.run(context -> {
            RoutingTarget target = context.getBean(EventExternalizationConfiguration.class).determineTarget(EVENT);

            assertThat(target.getTarget()).isEqualTo("learnpath.progress");
            assertThat(target.getKey()).isEqualTo("learner-7");
        });
    }

    @Test
    void sendsTheEventAsItIsWithTheCloudEventsHeadersNamingTheServiceAsSource() {
        runner.run(context -> {
            EventExternalizationConfiguration outbox = context.getBean(EventExternalizationConfiguration.class);

            assertThat(outbox.map(EVENT)).isSameAs(EVENT);
            assertThat(outbox.getHeadersFor(EVENT))
                    .containsExactlyInAnyOrderEntriesOf(EventEnvelope.headersFor(EVENT, "progress-service"))
                    .containsEntry("ce_id", EVENT.eventId().toString())
                    .containsEntry("ce_type", "learnpath.test.lesson-completed.v1")
                    .containsEntry("ce_source", "progress-service");
        });
    }

    @Test
    void sendsWithoutWaitingForEachAcknowledgement() {
        // Order comes from OutboxRelayOrder (one thread, commit order) and the idempotent producer; Modulith's
        // serialization would add a broker round trip per event (OutboxRelayOrderTest covers the order).
        runner.run(context -> assertThat(
                context.getBean(EventExternalizationConfiguration.class).serializeExternalization()).isFalse());
    }

    @Test
    void theBacklogGaugeCountsPublicationsKafkaHasNotAcknowledged() {
        jdbc.update("""
                INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                               completion_date)
                VALUES (gen_random_uuid(), 'kafka', 'LessonCompleted', '{}', now(), NULL),
                       (gen_random_uuid(), 'kafka', 'LessonCompleted', '{}', now(), NULL),
                       (gen_random_uuid(), 'kafka', 'LessonCompleted', '{}', now(), now())""");

        runner.run(context -> assertThat(
                context.getBean(MeterRegistry.class).get("learnpath.outbox.backlog").gauge().value()).isEqualTo(2));
    }

    @Test
    void theRetrierRelaysWhatIsOlderThanConfiguredAndSurvivesAFailure() {
        RecordingPublications publications = new RecordingPublications();
        OutboxRelayRetrier retrier = new OutboxRelayRetrier(publications, Duration.ofSeconds(30),
                Duration.ofSeconds(45));

        retrier.relayAgain();
        publications.failing = true;
        retrier.relayAgain();

        assertThat(publications.olderThan).containsExactly(Duration.ofSeconds(45), Duration.ofSeconds(45));
    }

    static class NoIncompletePublications implements IncompleteEventPublications {

        @Override
        public void resubmitIncompletePublications(Predicate<EventPublication> filter) {
        }

        @Override
        public void resubmitIncompletePublicationsOlderThan(Duration duration) {
        }

        @Override
        public void resubmitIncompletePublications(ResubmissionOptions options) {
        }
    }

    static final class RecordingPublications extends NoIncompletePublications {

        final List<Duration> olderThan = new ArrayList<>();
        boolean failing;

        @Override
        public void resubmitIncompletePublicationsOlderThan(Duration duration) {
            olderThan.add(duration);
            if (failing) {
                throw new IllegalStateException("Kafka is down");
            }
        }
    }
}
