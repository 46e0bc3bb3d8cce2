package io.learnpath.progress.timezone;

import static io.learnpath.platform.test.EventTopics.header;
import static io.learnpath.platform.test.EventTopics.readUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.auth.events.AuthEvents;
import io.learnpath.auth.events.ProfileChanged;
import io.learnpath.auth.events.UserDeleted;
import io.learnpath.auth.events.UserRegistered;
import io.learnpath.platform.events.CloudEventHeaders;
import io.learnpath.platform.messaging.EventsProperties;
import io.learnpath.platform.test.contract.ContractExample;
import io.learnpath.progress.ProgressIntegrationTest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each learner's time zone, as the auth-service's registrations and profile changes report it. */
class LearnerTimeZoneIntegrationTest extends ProgressIntegrationTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Autowired
    LearnerTimeZones zones;

    @Autowired
    JdbcClient jdbc;

    private final UUID ada = UUID.randomUUID();

    @Test
    void a_learner_nobody_told_us_about_is_on_utc() {
        assertThat(zones.zoneOf(ada)).isEqualTo(LearnerTimeZones.UTC);
    }

    @Test
    void registration_then_profile_change_move_the_learner_to_the_newest_zone() {
        Instant registered = Instant.parse("2026-03-01T10:00:00Z");
        registered(ada, "Europe/Paris", registered).publish(AuthEvents.TOPIC);
        await().atMost(PATIENCE).until(() -> zones.zoneOf(ada).equals(PARIS));

        profileChanged(ada, "Asia/Tokyo", registered.plusSeconds(60)).publish(AuthEvents.TOPIC);

        await().atMost(PATIENCE).until(() -> zones.zoneOf(ada).equals(TOKYO));
    }

    @Test
    void an_older_event_read_late_never_brings_back_an_old_zone() {
        Instant now = Instant.parse("2026-06-01T10:00:00Z");
        profileChanged(ada, "Asia/Tokyo", now).publish(AuthEvents.TOPIC);
        await().atMost(PATIENCE).until(() -> zones.zoneOf(ada).equals(TOKYO));

        // A replayed registration from before the change, then a later change, to know the old one was read.
        String replay = registered(ada, "Europe/Paris", now.minusSeconds(3600)).publish(AuthEvents.TOPIC);
        await().atMost(PATIENCE).until(() -> processed(UUID.fromString(replay)));

        assertThat(zones.zoneOf(ada)).isEqualTo(TOKYO);
    }

    @Test
    void an_unknown_zone_is_dead_lettered_and_the_learner_keeps_theirs() {
        Instant now = Instant.now();
        registered(ada, "Europe/Paris", now).publish(AuthEvents.TOPIC);
        await().atMost(PATIENCE).until(() -> zones.zoneOf(ada).equals(PARIS));

        String bad = profileChanged(ada, "Mars/Olympus_Mons", now.plusSeconds(1)).publish(AuthEvents.TOPIC);

        readUntil(EventsProperties.deadLetterTopic(AuthEvents.TOPIC),
                record -> bad.equals(header(record, CloudEventHeaders.ID)), seen -> !seen.isEmpty());
        assertThat(zones.zoneOf(ada)).isEqualTo(PARIS);
    }

    @Test
    void erasure_forgets_the_zone_and_a_later_profile_change_does_not_store_it_again() {
        Instant now = Instant.now();
        registered(ada, "Europe/Paris", now).publish(AuthEvents.TOPIC);
        await().atMost(PATIENCE).until(() -> zones.zoneOf(ada).equals(PARIS));

        ContractExample.of(UserDeleted.class).with("/eventId", UUID.randomUUID()).with("/userId", ada)
                .publish(AuthEvents.TOPIC);
        await().atMost(PATIENCE).until(() -> zones.zoneOf(ada).equals(LearnerTimeZones.UTC));

        String late = profileChanged(ada, "Asia/Tokyo", now.plusSeconds(5)).publish(AuthEvents.TOPIC);
        await().atMost(PATIENCE).until(() -> processed(UUID.fromString(late)));
        assertThat(jdbc.sql("SELECT count(*) FROM learner_time_zone WHERE learner_id = :learner")
                .param("learner", ada).query(Integer.class).single()).isZero();
    }

    private static ContractExample<UserRegistered> registered(UUID learner, String zone, Instant at) {
        return ContractExample.of(UserRegistered.class).with("/eventId", UUID.randomUUID()).with("/userId", learner)
                .with("/timeZone", zone).with("/occurredAt", at.toString());
    }

    private static ContractExample<ProfileChanged> profileChanged(UUID learner, String zone, Instant at) {
        return ContractExample.of(ProfileChanged.class).with("/eventId", UUID.randomUUID()).with("/userId", learner)
                .with("/timeZone", zone).with("/occurredAt", at.toString());
    }

    private boolean processed(UUID eventId) {
        return jdbc.sql("SELECT count(*) FROM processed_event WHERE consumer = :consumer AND event_id = :id")
                .param("consumer", LearnerTimeZoneListener.CONSUMER).param("id", eventId)
                .query(Integer.class).single() == 1;
    }
}
