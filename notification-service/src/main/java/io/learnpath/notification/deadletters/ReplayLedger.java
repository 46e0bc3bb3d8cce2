package io.learnpath.notification.deadletters;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
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

    /** The offsets replayed on {@code topic}, as "partition/offset": one read for a whole listing. */
    Set<String> replayedOn(String topic) {
        return Set.copyOf(jdbc.sql("SELECT partition || '/' || \"offset\" FROM dead_letter_replay WHERE topic = ?")
                .param(topic).query(String.class).list());
    }
}
