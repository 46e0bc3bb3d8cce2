package io.learnpath.progress.tracking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code topic_status} table: one row per learner and topic. */
@Repository
class TopicStatusStore {

    /** A learner's statuses on one roadmap; answered from the (learner_id, roadmap_id) index alone. */
    static final String STATUSES_ON_ROADMAP = """
            SELECT topic_id, status, updated_at FROM topic_status
            WHERE learner_id = :learner AND roadmap_id = :roadmap""";

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
    boolean insertIfAbsent(UUID learnerId, UUID topicId, UUID roadmapId, TopicStatus status, Instant at) {
        return jdbc.sql("""
                        INSERT INTO topic_status (learner_id, topic_id, roadmap_id, status, updated_at)
                        VALUES (:learner, :topic, :roadmap, :status, :at)
                        ON CONFLICT (learner_id, topic_id) DO NOTHING""")
                .param("learner", learnerId).param("topic", topicId).param("roadmap", roadmapId)
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

    void update(UUID learnerId, UUID topicId, UUID roadmapId, TopicStatus status, Instant at) {
        jdbc.sql("""
                        UPDATE topic_status SET status = :status, roadmap_id = :roadmap, updated_at = :at
                        WHERE learner_id = :learner AND topic_id = :topic""")
                .param("learner", learnerId).param("topic", topicId).param("roadmap", roadmapId)
                .param("status", status.name()).param("at", utc(at))
                .update();
    }

    /** The learner's statuses on the roadmap, by topic id. */
    Map<UUID, RecordedStatus> onRoadmap(UUID learnerId, UUID roadmapId) {
        Map<UUID, RecordedStatus> byTopic = new HashMap<>();
        jdbc.sql(STATUSES_ON_ROADMAP)
                .param("learner", learnerId).param("roadmap", roadmapId)
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
