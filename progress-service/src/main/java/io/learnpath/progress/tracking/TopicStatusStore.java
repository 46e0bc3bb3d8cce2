package io.learnpath.progress.tracking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code topic_status} table: one row per learner and topic. A status belongs to the topic, not to a roadmap:
 * a topic that several roadmaps share has one status per learner, shown in each of them.
 */
@Repository
class TopicStatusStore {

    /**
     * A learner's statuses on some topics (a roadmap's); one lookup per topic in the primary key, which covers the
     * columns read, so the cost is bounded by the number of topics asked for, not by the table's size.
     */
    static final String STATUSES_OF_TOPICS = """
            SELECT topic_id, status, updated_at FROM topic_status
            WHERE learner_id = :learner AND topic_id = ANY (:topics)""";

    private final JdbcClient jdbc;

    TopicStatusStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Writes the first status of a learner on a topic. When another transaction is inserting the same row, this
     * waits for it and then reports false, so the caller falls back to {@link #lock}.
     *
     * @return true when the row was created
     */
    boolean insertIfAbsent(UUID learnerId, UUID topicId, TopicStatus status, Instant at) {
        return jdbc.sql("""
                        INSERT INTO topic_status (learner_id, topic_id, status, updated_at)
                        VALUES (:learner, :topic, :status, :at)
                        ON CONFLICT (learner_id, topic_id) DO NOTHING""")
                .param("learner", learnerId).param("topic", topicId)
                .param("status", status.name()).param("at", utc(at))
                .update() == 1;
    }

    /** Reads the row and locks it until the transaction ends, so a concurrent update waits for this one. */
    Optional<RecordedStatus> lock(UUID learnerId, UUID topicId) {
        return jdbc.sql("""
                        SELECT topic_id, status, updated_at FROM topic_status
                        WHERE learner_id = :learner AND topic_id = :topic FOR UPDATE""")
                .param("learner", learnerId).param("topic", topicId)
                .query((rs, row) -> recorded(rs))
                .optional();
    }

    void update(UUID learnerId, UUID topicId, TopicStatus status, Instant at) {
        jdbc.sql("""
                        UPDATE topic_status SET status = :status, updated_at = :at
                        WHERE learner_id = :learner AND topic_id = :topic""")
                .param("learner", learnerId).param("topic", topicId)
                .param("status", status.name()).param("at", utc(at))
                .update();
    }

    /** Every status of the learner: a range of the primary key, which leads with the learner. */
    List<RecordedStatus> allOf(UUID learnerId) {
        return jdbc.sql("""
                        SELECT topic_id, status, updated_at FROM topic_status
                        WHERE learner_id = :learner ORDER BY topic_id""")
                .param("learner", learnerId)
                .query((rs, row) -> recorded(rs))
                .list();
    }

    /**
     * The learner's most recent change, on whichever topic; among changes made at once (a bulk update), the one
     * in progress, which is where the learner is. A topic set back to NOT_STARTED (undone, or a roadmap reset) is
     * not where anyone left off, so it is passed over.
     */
    Optional<RecordedStatus> latest(UUID learnerId) {
        return jdbc.sql("""
                        SELECT topic_id, status, updated_at FROM topic_status
                        WHERE learner_id = :learnerId AND status <> 'NOT_STARTED'
                        ORDER BY updated_at DESC, status = 'IN_PROGRESS' DESC, topic_id LIMIT 1""")
                .param("learnerId", learnerId)
                .query((rs, row) -> recorded(rs))
                .optional();
    }

    void deleteAllOf(UUID learnerId) {
        jdbc.sql("DELETE FROM topic_status WHERE learner_id = :learner")
                .param("learner", learnerId)
                .update();
    }

    /** The learner's statuses on these topics, by topic id; topics the learner never touched are absent. */
    Map<UUID, RecordedStatus> ofTopics(UUID learnerId, Collection<UUID> topicIds) {
        Map<UUID, RecordedStatus> byTopic = new HashMap<>();
        if (topicIds.isEmpty()) {
            return byTopic;
        }
        jdbc.sql(STATUSES_OF_TOPICS)
                .param("learner", learnerId).param("topics", topicIds.toArray(UUID[]::new))
                .query(rs -> {
                    RecordedStatus recorded = recorded(rs);
                    byTopic.put(recorded.topicId(), recorded);
                });
        return byTopic;
    }

    private static RecordedStatus recorded(ResultSet rs) throws SQLException {
        return new RecordedStatus(rs.getObject("topic_id", UUID.class), TopicStatus.valueOf(rs.getString("status")),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}
