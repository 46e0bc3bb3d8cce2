package io.learnpath.notification.deadletters;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code dead_letter_replay} table. */
@Repository
class ReplayLedger {

    private final JdbcClient jdbc;

    ReplayLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True for the one caller that records the replay first. */
    boolean record(String topic, int partition, long offset, String eventId, Instant at) {
        return jdbc.sql("""
                        INSERT INTO dead_letter_replay (topic, partition, "offset", event_id, replayed_at)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(topic, partition, offset, eventId, Timestamp.from(at))
                .update() == 1;
    }

    boolean contains(String topic, int partition, long offset) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM dead_letter_replay
                                        WHERE topic = ? AND partition = ? AND "offset" = ?)""")
                .params(topic, partition, offset)
                .query(Boolean.class).single();
    }
}
