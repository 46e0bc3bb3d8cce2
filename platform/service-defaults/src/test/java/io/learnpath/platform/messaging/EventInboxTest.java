package io.learnpath.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.learnpath.platform.events.CloudEventHeaders;
import io.learnpath.platform.events.EventEnvelope;
import io.learnpath.platform.events.EventType;
import io.learnpath.platform.events.IntegrationEvent;
import io.learnpath.platform.events.MalformedEventException;
import io.learnpath.platform.testing.TestDatabases;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The idempotent inbox against a real PostgreSQL with the platform's own migrations: what each outcome leaves in
 * {@code processed_event}, in the handler's own writes and in the {@code learnpath.events.consumed} counter.
 */
class EventInboxTest {

    private static final String TOPIC = "learnpath.test";
    private static final String CONSUMER = "progress.lesson-log";
    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30.123456Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @EventType("learnpath.test.lesson-completed.v1")
    record LessonCompleted(UUID eventId, Instant occurredAt, String subject, String lesson)
            implements IntegrationEvent {
    }

    @EventType("learnpath.test.lesson-renamed.v1")
    record LessonRenamed(UUID eventId, Instant occurredAt, String subject, String title) implements IntegrationEvent {
    }

    private static JdbcTemplate jdbc;
    private static TransactionTemplate transactions;

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final EventInbox inbox =
            new EventInbox(jdbc, transactions, JSON, meters, Clock.fixed(NOW, ZoneOffset.UTC));

    @BeforeAll
    static void database() {
        var dataSource = TestDatabases.migrated("event_inbox_test");
        jdbc = new JdbcTemplate(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        jdbc.execute("CREATE TABLE lesson_log (event_id UUID NOT NULL, lesson TEXT NOT NULL)");
    }

    @BeforeEach
    void emptyTables() {
        jdbc.execute("TRUNCATE processed_event, lesson_log");
    }

    @Test
    void aNewEventRunsItsHandlerOnceAndIsRecordedAtTheClocksTime() {
        LessonCompleted event = lessonCompleted("git-basics");
        List<LessonCompleted> seen = new ArrayList<>();

        inbox.receive(CONSUMER, record(event), EventHandlers.on(LessonCompleted.class, seen::add));

        assertThat(seen).containsExactly(event);
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT consumer, event_type, processed_at FROM processed_event WHERE event_id = ?", event.eventId());
        assertThat(row.get("consumer")).isEqualTo(CONSUMER);
        assertThat(row.get("event_type")).isEqualTo("learnpath.test.lesson-completed.v1");
        assertThat(((Timestamp) row.get("processed_at")).toInstant()).isEqualTo(NOW);
        assertThat(consumed("learnpath.test.lesson-completed.v1", "processed")).isEqualTo(1);
    }

    @Test
    void aRedeliveryIsANoOpCountedAsDuplicate() {
        LessonCompleted event = lessonCompleted("git-basics");
        EventHandlers handlers = EventHandlers.on(LessonCompleted.class, logLesson());

        inbox.receive(CONSUMER, record(event), handlers);
        inbox.receive(CONSUMER, record(event), handlers);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM lesson_log", Long.class)).isEqualTo(1);
        assertThat(processedRows()).isEqualTo(1);
        assertThat(consumed("learnpath.test.lesson-completed.v1", "processed")).isEqualTo(1);
        assertThat(consumed("learnpath.test.lesson-completed.v1", "duplicate")).isEqualTo(1);
    }

    @Test
    void anotherConsumerAppliesTheSameEventAgain() {
        LessonCompleted event = lessonCompleted("git-basics");
        EventHandlers handlers = EventHandlers.on(LessonCompleted.class, logLesson());

        inbox.receive(CONSUMER, record(event), handlers);
        inbox.receive("notification.lesson-mail", record(event), handlers);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM lesson_log", Long.class)).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT consumer FROM processed_event ORDER BY consumer", String.class))
                .containsExactly("notification.lesson-mail", CONSUMER);
    }

    @Test
    void aTypeWithoutHandlerIsPassedOverAndNotRecorded() {
        LessonRenamed renamed = new LessonRenamed(UUID.randomUUID(), NOW, "lesson-1", "Git");
        List<Object> seen = new ArrayList<>();

        inbox.receive(CONSUMER, record(renamed), EventHandlers.on(LessonCompleted.class, seen::add));

        assertThat(seen).isEmpty();
        assertThat(processedRows()).isZero();
        // Counted under "other": a type the consumer does not handle comes from a header anyone may write.
        assertThat(consumed(EventMeters.OTHER, "ignored")).isEqualTo(1);
        assertThat(meters.find("learnpath.events.consumed").tag("type", "learnpath.test.lesson-renamed.v1")
                .counters()).isEmpty();
    }

    @Test
    void aConsumersCountersAreThereAtZeroFromItsFirstRecordEvenAMalformedOne() {
        ConsumerRecord<String, byte[]> malformed = record(lessonCompleted("git-basics"));
        malformed.headers().remove(CloudEventHeaders.ID);

        assertThatThrownBy(() -> inbox.receive(CONSUMER, malformed, EventHandlers.on(LessonCompleted.class,
                logLesson()).and(LessonRenamed.class, event -> { }))).isInstanceOf(MalformedEventException.class);

        for (String type : List.of("learnpath.test.lesson-completed.v1", "learnpath.test.lesson-renamed.v1")) {
            assertThat(meters.get("learnpath.events.consumed").tags("consumer", CONSUMER, "type", type, "outcome",
                    "duplicate").counter().count()).isZero();
            assertThat(meters.get("learnpath.events.consumed").tags("consumer", CONSUMER, "type", type, "outcome",
                    "processed").counter().count()).isZero();
            assertThat(meters.get("learnpath.events.dead_lettered").tags("topic", TOPIC, "type", type).counter()
                    .count()).isZero();
            assertThat(meters.get("learnpath.events.retried").tags("topic", TOPIC, "type", type).counter()
                    .count()).isZero();
        }
        assertThat(meters.get("learnpath.events.dead_lettered").tags("topic", TOPIC, "type", EventMeters.OTHER)
                .counter().count()).isZero();
    }

    @Test
    void aHandlerThatThrowsRollsBackItsWritesAndTheLedgerRowSoARetryAppliesIt() {
        LessonCompleted event = lessonCompleted("git-basics");
        Consumer<LessonCompleted> failing = logLesson().andThen(lesson -> {
            throw new IllegalStateException("downstream refused");
        });

        assertThatThrownBy(() -> inbox.receive(CONSUMER, record(event), EventHandlers.on(LessonCompleted.class,
                failing))).isInstanceOf(IllegalStateException.class).hasMessage("downstream refused");

        assertThat(jdbc.queryForObject("SELECT count(*) FROM lesson_log", Long.class)).isZero();
        assertThat(processedRows()).isZero();
        assertThat(consumed("learnpath.test.lesson-completed.v1", "processed")).isZero();

        inbox.receive(CONSUMER, record(event), EventHandlers.on(LessonCompleted.class, logLesson()));

        assertThat(jdbc.queryForList("SELECT lesson FROM lesson_log", String.class)).containsExactly("git-basics");
        assertThat(processedRows()).isEqualTo(1);
    }

    @Test
    void fieldsThePayloadTypeDoesNotKnowAreIgnored() {
        UUID id = UUID.randomUUID();
        byte[] newerPayload = """
                {"eventId":"%s","occurredAt":"2026-03-01T09:00:00Z","subject":"learner-7","lesson":"git-basics",
                 "difficulty":"easy","tags":["git"]}""".formatted(id).getBytes(StandardCharsets.UTF_8);
        List<LessonCompleted> seen = new ArrayList<>();

        inbox.receive(CONSUMER, record(id, "learnpath.test.lesson-completed.v1", newerPayload),
                EventHandlers.on(LessonCompleted.class, seen::add));

        assertThat(seen).containsExactly(new LessonCompleted(id, Instant.parse("2026-03-01T09:00:00Z"), "learner-7",
                "git-basics"));
    }

    @Test
    void aRecordWithoutPayloadIsMalformed() {
        assertMalformed(record(UUID.randomUUID(), "learnpath.test.lesson-completed.v1", null));
        assertMalformed(record(UUID.randomUUID(), "learnpath.test.lesson-completed.v1", new byte[0]));
    }

    @Test
    void aJsonNullPayloadIsMalformed() {
        assertMalformed(record(UUID.randomUUID(), "learnpath.test.lesson-completed.v1", bytes("null")));
    }

    @Test
    void aPayloadThatIsNotTheTypesJsonIsMalformed() {
        assertMalformed(record(UUID.randomUUID(), "learnpath.test.lesson-completed.v1", bytes("{\"lesson\":")));
        assertMalformed(record(UUID.randomUUID(), "learnpath.test.lesson-completed.v1",
                bytes("{\"occurredAt\":\"yesterday\"}")));
    }

    @Test
    void aRecordWithoutItsCloudEventsIdOrTypeIsMalformed() {
        LessonCompleted event = lessonCompleted("git-basics");
        ConsumerRecord<String, byte[]> noId = record(event);
        noId.headers().remove(CloudEventHeaders.ID);
        ConsumerRecord<String, byte[]> noType = record(event);
        noType.headers().remove(CloudEventHeaders.TYPE);
        ConsumerRecord<String, byte[]> idNotUuid = record(event);
        idNotUuid.headers().remove(CloudEventHeaders.ID).add(CloudEventHeaders.ID, bytes("event-1"));

        assertMalformed(noId);
        assertMalformed(noType);
        assertMalformed(idNotUuid);
    }

    private void assertMalformed(ConsumerRecord<String, byte[]> record) {
        List<Object> seen = new ArrayList<>();
        assertThatThrownBy(() -> inbox.receive(CONSUMER, record, EventHandlers.on(LessonCompleted.class, seen::add)))
                .isInstanceOf(MalformedEventException.class);
        assertThat(seen).isEmpty();
        assertThat(processedRows()).isZero();
    }

    private static LessonCompleted lessonCompleted(String lesson) {
        return new LessonCompleted(UUID.randomUUID(), NOW.minusSeconds(60), "learner-7", lesson);
    }

    private static Consumer<LessonCompleted> logLesson() {
        return event -> jdbc.update("INSERT INTO lesson_log (event_id, lesson) VALUES (?, ?)", event.eventId(),
                event.lesson());
    }

    /** A record as the outbox publishes it: keyed by subject, the CloudEvents headers, the event as JSON. */
    @Test
    void timesHowLongTheEventTookToBeSentAndThenToArrive() {
        long sentAt = System.currentTimeMillis() - 2_000;
        LessonCompleted event = new LessonCompleted(UUID.randomUUID(), Instant.ofEpochMilli(sentAt - 3_000),
                "learner-7", "git-basics");
        ConsumerRecord<String, byte[]> sent = record(event);
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(TOPIC, 0, 0L, sentAt, TimestampType.CREATE_TIME,
                -1, -1, sent.key(), sent.value(), sent.headers(), Optional.empty());

        inbox.receive(CONSUMER, record, EventHandlers.on(LessonCompleted.class, logLesson()));

        Timer relay = meters.get("learnpath.events.relay.lag")
                .tags("consumer", CONSUMER, "type", "learnpath.test.lesson-completed.v1").timer();
        Timer delivery = meters.get("learnpath.events.delivery.lag")
                .tags("consumer", CONSUMER, "type", "learnpath.test.lesson-completed.v1").timer();
        assertThat(relay.count()).isEqualTo(1);
        assertThat(relay.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(3_000);
        assertThat(delivery.count()).isEqualTo(1);
        assertThat(delivery.totalTime(TimeUnit.MILLISECONDS)).isBetween(2_000.0, 62_000.0);
    }

    @Test
    void aRecordWithoutTheProducersTimestampIsNotTimed() {
        inbox.receive(CONSUMER, record(lessonCompleted("git-basics")),
                EventHandlers.on(LessonCompleted.class, logLesson()));

        assertThat(meters.find("learnpath.events.relay.lag").timer()).isNull();
        assertThat(meters.find("learnpath.events.delivery.lag").timer()).isNull();
    }

    private static ConsumerRecord<String, byte[]> record(IntegrationEvent event) {
        ConsumerRecord<String, byte[]> record =
                new ConsumerRecord<>(TOPIC, 0, 0L, event.subject(), JSON.writeValueAsBytes(event));
        EventEnvelope.headersFor(event, "test-service")
                .forEach((name, value) -> record.headers().add(name, bytes(value)));
        return record;
    }

    private static ConsumerRecord<String, byte[]> record(UUID id, String type, byte[] payload) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(TOPIC, 0, 0L, "learner-7", payload);
        record.headers().add(CloudEventHeaders.ID, bytes(id.toString()));
        record.headers().add(CloudEventHeaders.TYPE, bytes(type));
        return record;
    }

    private long processedRows() {
        return jdbc.queryForObject("SELECT count(*) FROM processed_event", Long.class);
    }

    private double consumed(String type, String outcome) {
        Counter counter = meters.find("learnpath.events.consumed")
                .tags("consumer", CONSUMER, "type", type, "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
