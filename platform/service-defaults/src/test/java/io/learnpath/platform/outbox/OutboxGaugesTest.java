package io.learnpath.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.platform.testing.TestDatabases;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * The outbox's gauges against a real {@code event_publication} table, read the way Prometheus reads them: the
 * number of unacknowledged events, and the age of the oldest one in seconds by the context's clock (0 when none
 * waits), under the names the alert rules and dashboards use.
 */
class OutboxGaugesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");

    private static JdbcTemplate jdbc;

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(OutboxAutoConfiguration.class))
            .withPropertyValues("spring.application.name=progress-service", "learnpath.events.topic=learnpath.test")
            .withBean(IncompleteEventPublications.class, OutboxRoutingTest.NoIncompletePublications::new)
            .withBean(MeterRegistry.class, () -> new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))
            .withBean(Clock.class, () -> Clock.fixed(NOW, ZoneOffset.UTC))
            .withBean(JdbcTemplate.class, () -> jdbc);

    @BeforeAll
    static void database() {
        jdbc = new JdbcTemplate(TestDatabases.migrated("outbox_gauges_test"));
    }

    @BeforeEach
    void emptyOutbox() {
        jdbc.execute("TRUNCATE event_publication");
    }

    @Test
    void anEmptyOutboxHasNoBacklogAndNoAge() {
        runner.run(context -> {
            String scrape = scrape(context.getBean(MeterRegistry.class));
            assertThat(value(scrape, "learnpath_outbox_backlog")).isZero();
            assertThat(value(scrape, "learnpath_outbox_oldest_age_seconds")).isZero();
        });
    }

    @Test
    void theOldestUnacknowledgedEventGivesTheAgeInSeconds() {
        publication(NOW.minusSeconds(42), null);
        publication(NOW.minusSeconds(7), null);
        // Acknowledged long ago (a completion mode that keeps rows): not waiting, so not counted.
        publication(NOW.minusSeconds(3_600), NOW.minusSeconds(3_590));

        runner.run(context -> {
            String scrape = scrape(context.getBean(MeterRegistry.class));
            assertThat(value(scrape, "learnpath_outbox_backlog")).isEqualTo(2);
            assertThat(value(scrape, "learnpath_outbox_oldest_age_seconds")).isEqualTo(42);
        });
    }

    @Test
    void anEventStampedAheadOfTheClockIsNotANegativeAge() {
        publication(NOW.plusSeconds(5), null);

        runner.run(context -> assertThat(value(scrape(context.getBean(MeterRegistry.class)),
                "learnpath_outbox_oldest_age_seconds")).isZero());
    }

    private static void publication(Instant published, Instant completed) {
        jdbc.update("""
                INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                               completion_date)
                VALUES (?, 'test-listener', 'io.learnpath.Test', ?, ?, ?)""", UUID.randomUUID(),
                "{\"n\":\"" + UUID.randomUUID() + "\"}", Timestamp.from(published),
                completed == null ? null : Timestamp.from(completed));
    }

    private static String scrape(MeterRegistry meters) {
        return ((PrometheusMeterRegistry) meters).scrape();
    }

    /** The value of the one sample named {@code name} (any labels); fails if there is none. */
    private static double value(String scrape, String name) {
        return scrape.lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " in\n" + scrape));
    }
}
