package io.learnpath.progress.activity;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code learning_activity} table. Every statement names the learner. */
@Repository
class ActivityStore {

    private static final String COLUMNS = """
            id, kind, occurred_at, local_date, time_zone, roadmap_id, roadmap_slug, topic_id, topic_slug,
            topic_title, previous_status, status, correct, total, passed, learning""";

    private final JdbcClient jdbc;

    ActivityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(NewActivity activity, LocalDate day, String zone) {
        jdbc.sql("""
                        INSERT INTO learning_activity (id, learner_id, kind, occurred_at, local_date, time_zone,
                            roadmap_id, roadmap_slug, topic_id, topic_slug, topic_title, previous_status, status,
                            correct, total, passed, learning)
                        VALUES (:id, :learner, :kind, :at, :day, :zone, :roadmapId, :roadmapSlug, :topicId,
                            :topicSlug, :topicTitle, :previousStatus, :status, :correct, :total, :passed,
                            :learning)""")
                .param("id", activity.id()).param("learner", activity.learnerId())
                .param("kind", activity.kind().name()).param("at", Timestamp.from(activity.occurredAt()))
                .param("day", day).param("zone", zone)
                .param("roadmapId", activity.roadmapId()).param("roadmapSlug", activity.roadmapSlug())
                .param("topicId", activity.topicId()).param("topicSlug", activity.topicSlug())
                .param("topicTitle", activity.topicTitle())
                .param("previousStatus", activity.previousStatus()).param("status", activity.status())
                .param("correct", activity.correct()).param("total", activity.total())
                .param("passed", activity.passed()).param("learning", activity.learning())
                .update();
    }

    /** Newest first, a page at a time. */
    List<LearnerActivity> page(UUID learnerId, long offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM learning_activity WHERE learner_id = :learner
                        ORDER BY occurred_at DESC, id LIMIT :limit OFFSET :offset""")
                .param("learner", learnerId).param("limit", limit).param("offset", offset)
                .query(ActivityStore::activity)
                .list();
    }

    long count(UUID learnerId) {
        return jdbc.sql("SELECT count(*) FROM learning_activity WHERE learner_id = :learner")
                .param("learner", learnerId).query(Long.class).single();
    }

    /** Everything, oldest first: the export. */
    List<LearnerActivity> allOf(UUID learnerId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM learning_activity WHERE learner_id = :learner "
                        + "ORDER BY occurred_at, id")
                .param("learner", learnerId)
                .query(ActivityStore::activity)
                .list();
    }

    /** Learning activities per day in the range, days without any left out (a range of the partial index). */
    List<DayCount> countsPerDay(UUID learnerId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        SELECT local_date, count(*) AS activities FROM learning_activity
                        WHERE learner_id = :learner AND learning AND local_date BETWEEN :from AND :to
                        GROUP BY local_date ORDER BY local_date""")
                .param("learner", learnerId).param("from", from).param("to", to)
                .query((rs, row) -> new DayCount(rs.getObject("local_date", LocalDate.class),
                        rs.getInt("activities")))
                .list();
    }

    /** Every day with learning, oldest first: what streaks are counted from (a few hundred dates a year at most). */
    List<LocalDate> activeDays(UUID learnerId) {
        return jdbc.sql("""
                        SELECT DISTINCT local_date FROM learning_activity WHERE learner_id = :learner AND learning
                        ORDER BY local_date""")
                .param("learner", learnerId)
                .query((rs, row) -> rs.getObject("local_date", LocalDate.class))
                .list();
    }

    void deleteAllOf(UUID learnerId) {
        jdbc.sql("DELETE FROM learning_activity WHERE learner_id = :learner").param("learner", learnerId).update();
    }

    private static LearnerActivity activity(ResultSet rs, int row) throws SQLException {
        return new LearnerActivity(rs.getObject("id", UUID.class), ActivityKind.valueOf(rs.getString("kind")),
                rs.getTimestamp("occurred_at").toInstant(), rs.getObject("local_date", LocalDate.class),
                rs.getString("time_zone"), rs.getObject("roadmap_id", UUID.class), rs.getString("roadmap_slug"),
                rs.getObject("topic_id", UUID.class), rs.getString("topic_slug"), rs.getString("topic_title"),
                rs.getString("previous_status"), rs.getString("status"), rs.getObject("correct", Integer.class),
                rs.getObject("total", Integer.class), rs.getObject("passed", Boolean.class),
                rs.getBoolean("learning"));
    }
}
