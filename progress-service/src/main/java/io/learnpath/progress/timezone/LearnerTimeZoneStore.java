package io.learnpath.progress.timezone;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code learner_time_zone} table: each learner's zone as the auth-service last reported it. */
@Repository
class LearnerTimeZoneStore {

    private final JdbcClient jdbc;

    LearnerTimeZoneStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the zone unless a newer one is stored: events of one learner arrive in order, but a replay or a
     * registration read after a profile change must not bring back an old zone.
     */
    void keepNewest(UUID learnerId, ZoneId zone, Instant changedAt) {
        jdbc.sql("""
                        INSERT INTO learner_time_zone (learner_id, time_zone, changed_at)
                        VALUES (:learner, :zone, :at)
                        ON CONFLICT (learner_id) DO UPDATE SET time_zone = excluded.time_zone,
                                                               changed_at = excluded.changed_at
                        WHERE learner_time_zone.changed_at <= excluded.changed_at""")
                .param("learner", learnerId).param("zone", zone.getId())
                .param("at", changedAt.atOffset(ZoneOffset.UTC))
                .update();
    }

    Optional<ZoneId> zoneOf(UUID learnerId) {
        return jdbc.sql("SELECT time_zone FROM learner_time_zone WHERE learner_id = :learner")
                .param("learner", learnerId)
                .query(String.class)
                .optional()
                .map(ZoneId::of);
    }

    void delete(UUID learnerId) {
        jdbc.sql("DELETE FROM learner_time_zone WHERE learner_id = :learner")
                .param("learner", learnerId)
                .update();
    }
}
