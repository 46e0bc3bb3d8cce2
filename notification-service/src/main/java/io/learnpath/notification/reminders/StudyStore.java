package io.learnpath.notification.reminders;

import io.learnpath.notification.contacts.LearnerContact;
import io.learnpath.notification.reminders.policy.ReminderRules;
import io.learnpath.notification.reminders.policy.StudyState;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code learner_study}, {@code study_week} and {@code reminder_sent} tables: what reminders know of a learner's
 * studying, and which occasions were already sent. Writes join the caller's transaction.
 */
@Repository
class StudyStore {

    /** A learner the reminders look at, with the zone their day is read in. */
    record Learner(UUID learnerId, StudyState study, ZoneId zone) {
    }

    /** A week of a learner, as the digest tells it. */
    record Week(int topicsDone, int milestones) {
    }

    private final JdbcClient jdbc;

    StudyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A day of study; only a later day replaces the one known (a redelivered older day changes nothing). */
    void studied(UUID learnerId, LocalDate day, int streak, String timeZone, Instant at) {
        jdbc.sql("""
                        INSERT INTO learner_study (learner_id, last_study_day, streak, time_zone, recorded_at)
                        VALUES (:learner, :day, :streak, :zone, :at)
                        ON CONFLICT (learner_id) DO UPDATE SET
                            last_study_day = EXCLUDED.last_study_day, streak = EXCLUDED.streak,
                            time_zone = EXCLUDED.time_zone, recorded_at = EXCLUDED.recorded_at
                         WHERE learner_study.last_study_day < EXCLUDED.last_study_day""")
                .param("learner", learnerId).param("day", day).param("streak", streak)
                .param("zone", timeZone == null ? "UTC" : timeZone).param("at", Timestamp.from(at))
                .update();
    }

    void topicDone(UUID learnerId, LocalDate day) {
        countInWeek(learnerId, day, "topics_done");
    }

    void milestoneReached(UUID learnerId, LocalDate day) {
        countInWeek(learnerId, day, "milestones");
    }

    private void countInWeek(UUID learnerId, LocalDate day, String column) {
        jdbc.sql("INSERT INTO study_week (learner_id, week_start, " + column + ") VALUES (:learner, :week, 1) "
                        + "ON CONFLICT (learner_id, week_start) DO UPDATE SET " + column + " = study_week." + column
                        + " + 1")
                .param("learner", learnerId).param("week", ReminderRules.weekStart(day))
                .update();
    }

    Week week(UUID learnerId, LocalDate weekStart) {
        return jdbc.sql("SELECT topics_done, milestones FROM study_week WHERE learner_id = ? AND week_start = ?")
                .params(learnerId, weekStart)
                .query((rs, row) -> new Week(rs.getInt("topics_done"), rs.getInt("milestones")))
                .optional().orElse(new Week(0, 0));
    }

    Optional<StudyState> studyOf(UUID learnerId) {
        return jdbc.sql("SELECT last_study_day, streak FROM learner_study WHERE learner_id = ?").param(learnerId)
                .query((rs, row) -> new StudyState(rs.getObject("last_study_day", LocalDate.class),
                        rs.getInt("streak")))
                .optional();
    }

    /**
     * Learners who may be due a streak reminder or a nudge on {@code utcToday}: last studied between two days ago
     * and today (a streak reminder in any zone), or long enough ago for a nudge, and not already reminded for that
     * day. Keyset-paged by id, after {@code after}.
     */
    List<Learner> candidates(LocalDate utcToday, int inactiveDays, UUID after, int limit) {
        return jdbc.sql("""
                        SELECT s.learner_id, s.last_study_day, s.streak, coalesce(c.time_zone, s.time_zone) AS zone
                          FROM learner_study s LEFT JOIN learner_contact c ON c.learner_id = s.learner_id
                         WHERE s.learner_id > :after
                           AND ((s.last_study_day >= :recent AND s.streak >= 1 AND NOT EXISTS (
                                    SELECT 1 FROM reminder_sent r WHERE r.learner_id = s.learner_id
                                       AND r.occasion = 'STREAK_REMINDER:' || s.last_study_day))
                             OR (s.last_study_day <= :idle AND NOT EXISTS (
                                    SELECT 1 FROM reminder_sent r WHERE r.learner_id = s.learner_id
                                       AND r.occasion = 'INACTIVITY_NUDGE:' || s.last_study_day)))
                         ORDER BY s.learner_id LIMIT :limit""")
                .param("after", after).param("recent", utcToday.minusDays(2))
                // A zone up to 14 hours ahead of UTC is already a day further.
                .param("idle", utcToday.plusDays(1).minusDays(inactiveDays)).param("limit", limit)
                .query((rs, row) -> new Learner(rs.getObject("learner_id", UUID.class),
                        new StudyState(rs.getObject("last_study_day", LocalDate.class), rs.getInt("streak")),
                        LearnerContact.zoneOrUtc(rs.getString("zone"))))
                .list();
    }

    /** Learners who asked for the weekly digest by some channel (it is off by default), keyset-paged by id. */
    List<UUID> digestReaders(UUID after, int limit) {
        return jdbc.sql("""
                        SELECT DISTINCT learner_id FROM notification_preference
                         WHERE type = 'WEEKLY_DIGEST' AND enabled AND learner_id > :after
                         ORDER BY learner_id LIMIT :limit""")
                .param("after", after).param("limit", limit)
                .query(UUID.class).list();
    }

    /** True for the one caller that records the occasion first; it sends, everybody else does nothing. */
    boolean claim(UUID learnerId, String occasion, Instant at) {
        return jdbc.sql("""
                        INSERT INTO reminder_sent (learner_id, occasion, sent_at) VALUES (?, ?, ?)
                        ON CONFLICT DO NOTHING""")
                .params(learnerId, occasion, Timestamp.from(at))
                .update() == 1;
    }

    void erase(UUID learnerId) {
        jdbc.sql("DELETE FROM learner_study WHERE learner_id = ?").param(learnerId).update();
        jdbc.sql("DELETE FROM study_week WHERE learner_id = ?").param(learnerId).update();
        jdbc.sql("DELETE FROM reminder_sent WHERE learner_id = ?").param(learnerId).update();
    }
}
