package io.learnpath.progress.erasure;

import static io.learnpath.platform.test.EventTopics.header;
import static io.learnpath.platform.test.EventTopics.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.auth.events.AuthEvents;
import io.learnpath.auth.events.UserDeleted;
import io.learnpath.platform.events.CloudEventHeaders;
import io.learnpath.platform.messaging.EventsProperties;
import io.learnpath.platform.test.EventTopics;
import io.learnpath.platform.test.contract.ContractExample;
import io.learnpath.platform.test.http.TestResponse;
import io.learnpath.progress.ProgressIntegrationTest;
import io.learnpath.progress.tracking.TopicStatus;
import io.learnpath.progress.tracking.TopicStatusUpdater;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code UserDeleted} on the auth-service's topic erases the learner's progress, for good. */
class LearnerErasureIntegrationTest extends ProgressIntegrationTest {

    private static final String USER_DELETED = "learnpath.auth.user-deleted.v1";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TopicStatusUpdater updater;

    private final UUID ada = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();
    private String slug;

    @BeforeEach
    void publishRoadmap() {
        slug = uniqueSlug("erasure");
        publishAndAwait(roadmap(UUID.randomUUID(), slug, "Erasure", 1,
                topic(UUID.randomUUID(), "first", "BASIC", 1),
                topic(UUID.randomUUID(), "second", "BASIC", 2)));
    }

    @Test
    void a_deleted_learners_statuses_are_erased_and_other_learners_keep_theirs() {
        assertThat(setStatus(ada, slug, "first", "DONE").status()).isEqualTo(200);
        assertThat(setStatus(ada, slug, "second", "IN_PROGRESS").status()).isEqualTo(200);
        assertThat(setStatus(bob, slug, "first", "DONE").status()).isEqualTo(200);

        userDeleted(ada).publish(AuthEvents.TOPIC);

        await().atMost(PATIENCE).until(() -> statusesOf(ada) == 0);
        assertThat(erased(ada)).isTrue();
        assertThat(summary(ada, slug).json().path("notStarted").asInt()).isEqualTo(2);
        assertThat(statusesOf(bob)).isEqualTo(1);
        assertThat(erased(bob)).isFalse();
        assertThat(summary(bob, slug).json().path("done").asInt()).isEqualTo(1);
    }

    @Test
    void a_status_update_with_a_token_that_outlived_the_account_is_refused() {
        assertThat(setStatus(ada, slug, "first", "DONE").status()).isEqualTo(200);
        userDeleted(ada).publish(AuthEvents.TOPIC);
        await().atMost(PATIENCE).until(() -> erased(ada));

        TestResponse late = setStatus(ada, slug, "second", "DONE");

        assertThat(late.status()).isEqualTo(403);
        assertThat(late.contentType()).startsWith("application/problem+json");
        assertThat(statusesOf(ada)).isZero();
        assertThat(setStatus(bob, slug, "second", "DONE").status()).isEqualTo(200);
    }

    @Test
    void a_status_written_while_the_erasure_runs_is_erased_with_the_rest() {
        assertThat(setStatus(ada, slug, "first", "DONE").status()).isEqualTo(200);

        // The update has written its row but not committed when the erasure starts: the erasure must wait for it,
        // or it would delete what it can see and commit, and the row would appear afterwards.
        transactions.executeWithoutResult(status -> {
            updater.update(ada, slug, "second", TopicStatus.IN_PROGRESS);
            userDeleted(ada).publish(AuthEvents.TOPIC);
            await().atMost(PATIENCE).until(this::anErasureWaits);
        });

        await().atMost(PATIENCE).until(() -> erased(ada));
        assertThat(statusesOf(ada)).isZero();
    }

    @Test
    void the_same_deletion_delivered_twice_erases_once_without_error() {
        assertThat(setStatus(ada, slug, "first", "DONE").status()).isEqualTo(200);
        ContractExample<UserDeleted> deletion = userDeleted(ada);
        double duplicatesBefore = duplicates();

        // The same record twice, as a redelivery: the same ce_id.
        EventTopics.publish(AuthEvents.TOPIC, ada.toString(), deletion.headers(), deletion.bytes());
        EventTopics.publish(AuthEvents.TOPIC, ada.toString(), deletion.headers(), deletion.bytes());

        await().atMost(PATIENCE).until(() -> duplicates() > duplicatesBefore);
        UUID eventId = deletion.event().eventId();
        assertThat(processed(eventId)).isTrue();
        assertThat(statusesOf(ada)).isZero();
        assertThat(readAll(EventsProperties.deadLetterTopic(AuthEvents.TOPIC),
                record -> eventId.toString().equals(header(record, CloudEventHeaders.ID)))).isEmpty();
    }

    @Test
    void a_second_deletion_event_of_an_erased_learner_changes_nothing() {
        userDeleted(ada).publish(AuthEvents.TOPIC);
        await().atMost(PATIENCE).until(() -> erased(ada));
        Object firstErasure = erasedAt(ada);

        String again = userDeleted(ada).publish(AuthEvents.TOPIC);

        await().atMost(PATIENCE).until(() -> processed(UUID.fromString(again)));
        assertThat(erasedAt(ada)).isEqualTo(firstErasure);
        assertThat(statusesOf(ada)).isZero();
    }

    /** The auth-service's example, pointed at this test's learner, with an event id of its own. */
    private static ContractExample<UserDeleted> userDeleted(UUID learner) {
        return ContractExample.of(UserDeleted.class).with("/eventId", UUID.randomUUID()).with("/userId", learner);
    }

    private int statusesOf(UUID learner) {
        return jdbc.sql("SELECT count(*) FROM topic_status WHERE learner_id = :learner")
                .param("learner", learner).query(Integer.class).single();
    }

    private boolean erased(UUID learner) {
        return jdbc.sql("SELECT count(*) FROM erased_learner WHERE learner_id = :learner")
                .param("learner", learner).query(Integer.class).single() == 1;
    }

    private boolean processed(UUID eventId) {
        return jdbc.sql("SELECT count(*) FROM processed_event WHERE consumer = 'progress-erasure' AND event_id = :id")
                .param("id", eventId).query(Integer.class).single() == 1;
    }

    private Object erasedAt(UUID learner) {
        return jdbc.sql("SELECT erased_at FROM erased_learner WHERE learner_id = :learner")
                .param("learner", learner).query().singleValue();
    }

    /** Some transaction of this database is waiting for an advisory lock (the erasure, for the open update). */
    private boolean anErasureWaits() {
        return jdbc.sql("""
                        SELECT count(*) FROM pg_locks
                        WHERE locktype = 'advisory' AND NOT granted
                          AND database = (SELECT oid FROM pg_database WHERE datname = current_database())""")
                .query(Integer.class).single() > 0;
    }

    private double duplicates() {
        Counter counter = meters.find("learnpath.events.consumed").tag("consumer", "progress-erasure")
                .tag("type", USER_DELETED).tag("outcome", "duplicate").counter();
        return counter == null ? 0 : counter.count();
    }
}
