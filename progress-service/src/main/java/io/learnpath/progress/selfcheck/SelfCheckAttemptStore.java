package io.learnpath.progress.selfcheck;

import io.learnpath.progress.selfcheck.policy.SelfCheckGrading;
import io.learnpath.progress.summary.policy.PercentComplete;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code self_check_attempt} table. Every statement names the learner. */
@Repository
class SelfCheckAttemptStore {

    private static final TypeReference<List<SelfCheckGrading.Result>> RESULTS = new TypeReference<>() {
    };

    private static final String COLUMNS = """
            id, roadmap_slug, topic_slug, topic_title, attempted_at, correct, total, passed, results""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SelfCheckAttemptStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(UUID learnerId, UUID roadmapId, UUID topicId, SelfCheckAttempt attempt) {
        jdbc.sql("""
                        INSERT INTO self_check_attempt (id, learner_id, roadmap_id, roadmap_slug, topic_id, topic_slug,
                            topic_title, attempted_at, correct, total, passed, results)
                        VALUES (:id, :learner, :roadmapId, :roadmapSlug, :topicId, :topicSlug, :topicTitle, :at,
                            :correct, :total, :passed, CAST(:results AS JSONB))""")
                .param("id", attempt.attemptId()).param("learner", learnerId).param("roadmapId", roadmapId)
                .param("roadmapSlug", attempt.roadmapSlug()).param("topicId", topicId)
                .param("topicSlug", attempt.topicSlug()).param("topicTitle", attempt.topicTitle())
                .param("at", Timestamp.from(attempt.attemptedAt())).param("correct", attempt.correct())
                .param("total", attempt.total()).param("passed", attempt.passed())
                .param("results", json.writeValueAsString(attempt.results()))
                .update();
    }

    /** The topic's record: attempts, best score, passed ever, and the last attempt; empty before any. */
    Optional<TopicSelfCheck> ofTopic(UUID learnerId, UUID topicId) {
        Optional<SelfCheckAttempt> last = jdbc.sql("SELECT " + COLUMNS + " FROM self_check_attempt "
                        + "WHERE learner_id = :learner AND topic_id = :topicId ORDER BY attempted_at DESC, id LIMIT 1")
                .param("learner", learnerId).param("topicId", topicId)
                .query(this::attempt)
                .optional();
        return last.map(attempt -> jdbc.sql("""
                        SELECT count(*) AS attempts, max(correct::numeric / total) AS best, bool_or(passed) AS passed
                        FROM self_check_attempt WHERE learner_id = :learner AND topic_id = :topicId""")
                .param("learner", learnerId).param("topicId", topicId)
                .query((rs, row) -> new TopicSelfCheck(topicId, attempt.topicSlug(), attempt.topicTitle(),
                        rs.getInt("attempts"), percent(rs.getBigDecimal("best")), rs.getBoolean("passed"), attempt))
                .single());
    }

    /** A page of the learner's topics, the most recently attempted first. */
    List<SelfCheckSummary> page(UUID learnerId, long offset, int limit) {
        return jdbc.sql("""
                        SELECT * FROM (
                            SELECT DISTINCT ON (topic_id) topic_id, topic_slug, topic_title, roadmap_slug, correct,
                                total, attempted_at,
                                count(*) OVER topic AS attempts,
                                max(correct::numeric / total) OVER topic AS best,
                                bool_or(passed) OVER topic AS ever_passed
                            FROM self_check_attempt WHERE learner_id = :learner
                            WINDOW topic AS (PARTITION BY topic_id)
                            ORDER BY topic_id, attempted_at DESC, id) latest
                        ORDER BY attempted_at DESC, topic_id LIMIT :limit OFFSET :offset""")
                .param("learner", learnerId).param("limit", limit).param("offset", offset)
                .query((rs, row) -> new SelfCheckSummary(rs.getObject("topic_id", UUID.class),
                        rs.getString("topic_slug"), rs.getString("topic_title"), rs.getString("roadmap_slug"),
                        rs.getInt("attempts"), percent(rs.getBigDecimal("best")),
                        PercentComplete.of(rs.getInt("correct"), rs.getInt("total")), rs.getBoolean("ever_passed"),
                        rs.getTimestamp("attempted_at").toInstant()))
                .list();
    }

    long topicCount(UUID learnerId) {
        return jdbc.sql("SELECT count(DISTINCT topic_id) FROM self_check_attempt WHERE learner_id = :learner")
                .param("learner", learnerId).query(Long.class).single();
    }

    /** Every attempt, oldest first: the export. */
    List<ExportedAttempt> allOf(UUID learnerId) {
        return jdbc.sql("""
                        SELECT id, roadmap_id, roadmap_slug, topic_id, topic_slug, topic_title, attempted_at, correct,
                            total, passed, results::text AS results
                        FROM self_check_attempt WHERE learner_id = :learner ORDER BY attempted_at, id""")
                .param("learner", learnerId)
                .query((rs, row) -> new ExportedAttempt(rs.getObject("id", UUID.class),
                        rs.getObject("roadmap_id", UUID.class), rs.getString("roadmap_slug"),
                        rs.getObject("topic_id", UUID.class), rs.getString("topic_slug"), rs.getString("topic_title"),
                        rs.getTimestamp("attempted_at").toInstant(), rs.getInt("correct"), rs.getInt("total"),
                        PercentComplete.of(rs.getInt("correct"), rs.getInt("total")), rs.getBoolean("passed"),
                        rs.getString("results")))
                .list();
    }

    void deleteAllOf(UUID learnerId) {
        jdbc.sql("DELETE FROM self_check_attempt WHERE learner_id = :learner").param("learner", learnerId).update();
    }

    private SelfCheckAttempt attempt(ResultSet rs, int row) throws SQLException {
        int correct = rs.getInt("correct");
        int total = rs.getInt("total");
        return new SelfCheckAttempt(rs.getObject("id", UUID.class), rs.getString("roadmap_slug"),
                rs.getString("topic_slug"), rs.getString("topic_title"), rs.getTimestamp("attempted_at").toInstant(),
                correct, total, PercentComplete.of(correct, total), rs.getBoolean("passed"),
                json.readValue(rs.getString("results"), RESULTS), null);
    }

    /** A share (0 to 1) as a percent with one decimal, rounded half up as {@link PercentComplete} does. */
    private static double percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
