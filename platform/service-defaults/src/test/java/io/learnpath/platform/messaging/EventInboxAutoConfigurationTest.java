package io.learnpath.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.platform.defaults.ClockAutoConfiguration;
import io.learnpath.platform.events.EventEnvelope;
import io.learnpath.platform.testing.TestDatabases;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/** The inbox is offered to a service with Kafka and a database, and reads the time from the context's clock. */
class EventInboxAutoConfigurationTest {

    private static DataSource dataSource;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ClockAutoConfiguration.class, EventInboxAutoConfiguration.class))
            .withBean(JsonMapper.class, () -> JsonMapper.builder().build())
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new);

    @BeforeAll
    static void database() {
        dataSource = TestDatabases.migrated("event_inbox_autoconfiguration_test");
    }

    @Test
    void aServiceWithKafkaAndADatabaseGetsTheInbox() {
        withDatabase(runner).run(context -> assertThat(context).hasSingleBean(EventInbox.class));
    }

    @Test
    void withoutADatabaseThereIsNoInbox() {
        runner.run(context -> assertThat(context).doesNotHaveBean(EventInbox.class));
    }

    @Test
    void withoutATransactionManagerThereIsNoInbox() {
        runner.withBean(JdbcTemplate.class, () -> new JdbcTemplate(dataSource))
                .run(context -> assertThat(context).doesNotHaveBean(EventInbox.class));
    }

    @Test
    void withoutKafkaThereIsNoInbox() {
        withDatabase(runner).withClassLoader(new FilteredClassLoader(KafkaOperations.class))
                .run(context -> assertThat(context).doesNotHaveBean(EventInbox.class));
    }

    @Test
    void recordsWhenAnEventWasAppliedByTheContextsClock() {
        Instant now = Instant.parse("2026-03-01T10:15:30Z");
        EventHandlersTest.First event = new EventHandlersTest.First(UUID.randomUUID(), now.minusSeconds(5), "s-1");
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("learnpath.test", 0, 0L, event.subject(),
                JsonMapper.builder().build().writeValueAsBytes(event));
        EventEnvelope.headersFor(event, "test-service")
                .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));

        withDatabase(runner).withBean(Clock.class, () -> Clock.fixed(now, ZoneOffset.UTC)).run(context -> {
            context.getBean(EventInbox.class).receive("clock-test", record,
                    EventHandlers.on(EventHandlersTest.First.class, first -> { }));

            Timestamp processedAt = context.getBean(JdbcTemplate.class).queryForObject(
                    "SELECT processed_at FROM processed_event WHERE consumer = 'clock-test' AND event_id = ?",
                    Timestamp.class, event.eventId());
            assertThat(processedAt.toInstant()).isEqualTo(now);
        });
    }

    private static ApplicationContextRunner withDatabase(ApplicationContextRunner runner) {
        return runner.withBean(JdbcTemplate.class, () -> new JdbcTemplate(dataSource))
                .withBean(PlatformTransactionManager.class, () -> new DataSourceTransactionManager(dataSource));
    }
}
