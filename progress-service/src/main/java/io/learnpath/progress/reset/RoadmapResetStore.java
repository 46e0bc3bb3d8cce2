package io.learnpath.progress.reset;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code roadmap_reset} table: the record of each reset that changed something. */
@Repository
class RoadmapResetStore {

    private final JdbcClient jdbc;

    RoadmapResetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(UUID id, UUID learnerId, UUID roadmapId, Instant at, int resetTopics, int keptTopics) {
        jdbc.sql("""
                        INSERT INTO roadmap_reset (id, learner_id, roadmap_id, reset_at, reset_topics, kept_topics)
                        VALUES (:id, :learner, :roadmap, :at, :reset, :kept)""")
                .param("id", id).param("learner", learnerId).param("roadmap", roadmapId)
                .param("at", at.atOffset(ZoneOffset.UTC)).param("reset", resetTopics).param("kept", keptTopics)
                .update();
    }

    /** Every reset of the learner, oldest first, with the roadmap as the catalogue names it now: the export. */
    List<RecordedReset> allOf(UUID learnerId) {
        return jdbc.sql("""
                        SELECT r.id, r.roadmap_id, m.slug, m.title, r.reset_at, r.reset_topics, r.kept_topics
                        FROM roadmap_reset r JOIN roadmap m ON m.id = r.roadmap_id
                        WHERE r.learner_id = :learner ORDER BY r.reset_at, r.id""")
                .param("learner", learnerId)
                .query((rs, row) -> new RecordedReset(rs.getObject("id", UUID.class),
                        rs.getObject("roadmap_id", UUID.class), rs.getString("slug"), rs.getString("title"),
                        rs.getObject("reset_at", OffsetDateTime.class).toInstant(), rs.getInt("reset_topics"),
                        rs.getInt("kept_topics")))
                .list();
    }

    void deleteAllOf(UUID learnerId) {
        jdbc.sql("DELETE FROM roadmap_reset WHERE learner_id = :learner")
                .param("learner", learnerId)
                .update();
    }
}
