package io.learnpath.progress.milestones;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code milestone} table. Every statement names the learner. */
@Repository
class MilestoneStore {

    /**
     * First key of the milestone detection's advisory locks (an arbitrary constant, "LPMI"), apart from the
     * erasure's; the second is the learner id's hash. A collision of two learners' hashes only serialises them.
     */
    private static final int MILESTONE_LOCKS = 0x4c50_4d49;

    private static final String COLUMNS = """
            milestone, kind, threshold, title, roadmap_id, roadmap_slug, roadmap_title, level, reached_at""";

    private final JdbcClient jdbc;

    MilestoneStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises the learner's milestone detections until the transaction ends. */
    void lockLearner(UUID learnerId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:space, :key)")
                .param("space", MILESTONE_LOCKS).param("key", learnerId.hashCode())
                .query((rs, row) -> 1)
                .list();
    }

    /** The ids of the milestones the learner has reached ({@code first-topic-done}, {@code streak-7}, ...). */
    Set<String> reachedIds(UUID learnerId) {
        return new HashSet<>(jdbc.sql("SELECT milestone FROM milestone WHERE learner_id = :learner")
                .param("learner", learnerId).query(String.class).list());
    }

    /** @return true when the learner had not reached it before: only then is it stored */
    boolean insertIfAbsent(UUID learnerId, Milestone milestone) {
        return jdbc.sql("""
                        INSERT INTO milestone (learner_id, milestone, kind, threshold, title, roadmap_id,
                            roadmap_slug, roadmap_title, level, reached_at)
                        VALUES (:learner, :milestone, :kind, :threshold, :title, :roadmapId, :roadmapSlug,
                            :roadmapTitle, :level, :at)
                        ON CONFLICT (learner_id, milestone) DO NOTHING""")
                .param("learner", learnerId).param("milestone", milestone.milestone())
                .param("kind", milestone.kind().name()).param("threshold", milestone.threshold())
                .param("title", milestone.title()).param("roadmapId", milestone.roadmapId())
                .param("roadmapSlug", milestone.roadmapSlug()).param("roadmapTitle", milestone.roadmapTitle())
                .param("level", milestone.level()).param("at", Timestamp.from(milestone.reachedAt()))
                .update() == 1;
    }

    /** In the order they were reached, a page at a time. */
    List<Milestone> page(UUID learnerId, long offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM milestone WHERE learner_id = :learner
                        ORDER BY reached_at, milestone LIMIT :limit OFFSET :offset""")
                .param("learner", learnerId).param("limit", limit).param("offset", offset)
                .query(MilestoneStore::milestone)
                .list();
    }

    long count(UUID learnerId) {
        return jdbc.sql("SELECT count(*) FROM milestone WHERE learner_id = :learner")
                .param("learner", learnerId).query(Long.class).single();
    }

    List<Milestone> allOf(UUID learnerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM milestone WHERE learner_id = :learner ORDER BY reached_at, "
                        + "milestone")
                .param("learner", learnerId)
                .query(MilestoneStore::milestone)
                .list();
    }

    void deleteAllOf(UUID learnerId) {
        jdbc.sql("DELETE FROM milestone WHERE learner_id = :learner").param("learner", learnerId).update();
    }

    private static Milestone milestone(ResultSet rs, int row) throws SQLException {
        return new Milestone(rs.getString("milestone"), MilestoneKind.valueOf(rs.getString("kind")),
                rs.getInt("threshold"), rs.getString("title"), rs.getObject("roadmap_id", UUID.class),
                rs.getString("roadmap_slug"), rs.getString("roadmap_title"), rs.getString("level"),
                rs.getTimestamp("reached_at").toInstant());
    }
}
