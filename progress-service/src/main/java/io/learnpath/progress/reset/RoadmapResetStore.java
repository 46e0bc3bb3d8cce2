package io.learnpath.progress.reset;

import java.time.Instant;
import java.time.ZoneOffset;
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

    void deleteAllOf(UUID learnerId) {
        jdbc.sql("DELETE FROM roadmap_reset WHERE learner_id = :learner")
                .param("learner", learnerId)
                .update();
    }
}
