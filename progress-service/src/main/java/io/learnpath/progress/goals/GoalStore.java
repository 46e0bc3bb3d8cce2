package io.learnpath.progress.goals;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code roadmap_goal} table. Every statement names the learner. */
@Repository
class GoalStore {

    private static final String SELECT = """
            SELECT g.roadmap_id, r.slug, r.title, g.target_date, g.set_at
            FROM roadmap_goal g JOIN roadmap r ON r.id = g.roadmap_id
            WHERE g.learner_id = :learner""";

    private final JdbcClient jdbc;

    GoalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(UUID learnerId, UUID roadmapId, LocalDate targetDate, Instant at) {
        jdbc.sql("""
                        INSERT INTO roadmap_goal (learner_id, roadmap_id, target_date, set_at)
                        VALUES (:learner, :roadmap, :target, :at)
                        ON CONFLICT (learner_id, roadmap_id)
                            DO UPDATE SET target_date = excluded.target_date, set_at = excluded.set_at""")
                .param("learner", learnerId).param("roadmap", roadmapId).param("target", targetDate)
                .param("at", Timestamp.from(at))
                .update();
    }

    /** One lookup by the key: what the summary adds to its reads. */
    Optional<RoadmapGoal> find(UUID learnerId, UUID roadmapId) {
        return jdbc.sql(SELECT + " AND g.roadmap_id = :roadmap")
                .param("learner", learnerId).param("roadmap", roadmapId)
                .query(GoalStore::goal)
                .optional();
    }

    List<RoadmapGoal> allOf(UUID learnerId) {
        return jdbc.sql(SELECT + " ORDER BY g.set_at, g.roadmap_id")
                .param("learner", learnerId)
                .query(GoalStore::goal)
                .list();
    }

    void delete(UUID learnerId, UUID roadmapId) {
        jdbc.sql("DELETE FROM roadmap_goal WHERE learner_id = :learner AND roadmap_id = :roadmap")
                .param("learner", learnerId).param("roadmap", roadmapId)
                .update();
    }

    void deleteAllOf(UUID learnerId) {
        jdbc.sql("DELETE FROM roadmap_goal WHERE learner_id = :learner").param("learner", learnerId).update();
    }

    private static RoadmapGoal goal(ResultSet rs, int row) throws SQLException {
        return new RoadmapGoal(rs.getObject("roadmap_id", UUID.class), rs.getString("slug"), rs.getString("title"),
                rs.getObject("target_date", LocalDate.class), rs.getTimestamp("set_at").toInstant());
    }
}
