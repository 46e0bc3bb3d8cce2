package io.learnpath.progress.streaks;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code study_day_announced} table. */
@Repository
class StudyDayStore {

    private final JdbcClient jdbc;

    StudyDayStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True for the one transaction that records the day first. */
    boolean markAnnounced(UUID learnerId, LocalDate day) {
        return jdbc.sql("INSERT INTO study_day_announced (learner_id, day) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(learnerId, day)
                .update() == 1;
    }

    void eraseAllOf(UUID learnerId) {
        jdbc.sql("DELETE FROM study_day_announced WHERE learner_id = ?").param(learnerId).update();
    }
}
