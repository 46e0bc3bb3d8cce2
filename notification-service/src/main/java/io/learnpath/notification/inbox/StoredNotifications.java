package io.learnpath.notification.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code notification} table. Every query names the learner, so no caller can reach someone else's rows. */
@Repository
class StoredNotifications {

    private static final TypeReference<Map<String, Object>> DATA = new TypeReference<>() {
    };

    private static final String COLUMNS = "id, kind, title, body, data::text AS data, created_at, read_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RowMapper<NotificationView> rows;

    StoredNotifications(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.rows = this::view;
    }

    /** Empty when a notification for the same source event exists already. */
    Optional<NotificationView> insert(NewNotification notification) {
        return jdbc.sql("""
                        INSERT INTO notification (learner_id, kind, title, body, data, source_event_id)
                        VALUES (:learner, :kind, :title, :body, CAST(:data AS jsonb), :source)
                        ON CONFLICT (source_event_id, learner_id) DO NOTHING
                        RETURNING\s""" + COLUMNS)
                .param("learner", notification.learnerId())
                .param("kind", notification.kind().name())
                .param("title", notification.title())
                .param("body", notification.body())
                .param("data", notification.data().isEmpty() ? null : json.writeValueAsString(notification.data()))
                .param("source", notification.sourceEventId())
                .query(rows)
                .optional();
    }

    List<NotificationView> newestFirst(UUID learnerId, InboxFilter filter, long offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notification WHERE learner_id = :learner" + where(filter)
                        + " ORDER BY created_at DESC, id DESC OFFSET :offset LIMIT :limit")
                .param("learner", learnerId)
                .param("kinds", kindNames(filter))
                .param("offset", offset)
                .param("limit", limit)
                .query(rows)
                .list();
    }

    long count(UUID learnerId, InboxFilter filter) {
        return jdbc.sql("SELECT count(*) FROM notification WHERE learner_id = :learner" + where(filter))
                .param("learner", learnerId)
                .param("kinds", kindNames(filter))
                .query(Long.class)
                .single();
    }

    /**
     * The learner's notifications created after {@code notificationId}, oldest first; when there are more than
     * {@code limit}, the newest of them (the older ones are still in the inbox). Empty when that id is not one of the
     * learner's: an unknown position cannot be replayed from, and must not reveal anything either.
     */
    List<NotificationView> createdAfter(UUID learnerId, UUID notificationId, int limit) {
        return jdbc.sql("SELECT * FROM (SELECT " + COLUMNS + """
                         FROM notification
                        WHERE learner_id = :learner
                          AND (created_at, id) > (SELECT created_at, id FROM notification
                                                   WHERE id = :after AND learner_id = :learner)
                        ORDER BY created_at DESC, id DESC
                        LIMIT :limit) AS missed
                        ORDER BY created_at, id""")
                .param("learner", learnerId)
                .param("after", notificationId)
                .param("limit", limit)
                .query(rows)
                .list();
    }

    // Timestamps come from the database clock, like created_at, so read_at is never before created_at.

    /** False when the learner has no such notification. Reading twice keeps the first time. */
    boolean markRead(UUID learnerId, UUID notificationId) {
        return jdbc.sql("""
                        UPDATE notification SET read_at = coalesce(read_at, clock_timestamp())
                         WHERE id = :id AND learner_id = :learner""")
                .param("id", notificationId)
                .param("learner", learnerId)
                .update() == 1;
    }

    void markAllRead(UUID learnerId) {
        jdbc.sql("""
                        UPDATE notification SET read_at = clock_timestamp()
                         WHERE learner_id = :learner AND read_at IS NULL""")
                .param("learner", learnerId)
                .update();
    }

    /** False when the learner has no such notification. */
    boolean delete(UUID learnerId, UUID notificationId) {
        return jdbc.sql("DELETE FROM notification WHERE id = :id AND learner_id = :learner")
                .param("id", notificationId)
                .param("learner", learnerId)
                .update() == 1;
    }

    /** How many of the learner's read notifications were deleted. */
    int deleteRead(UUID learnerId) {
        return jdbc.sql("DELETE FROM notification WHERE learner_id = :learner AND read_at IS NOT NULL")
                .param("learner", learnerId)
                .update();
    }

    // The kinds filter is an array parameter, so the statement text does not depend on how many kinds are asked.
    private static String where(InboxFilter filter) {
        return (filter.unreadOnly() ? " AND read_at IS NULL" : "")
                + (filter.kinds().isEmpty() ? "" : " AND kind = ANY (CAST(:kinds AS text[]))");
    }

    private static String kindNames(InboxFilter filter) {
        return "{" + String.join(",", filter.kinds().stream().map(Enum::name).sorted().toList()) + "}";
    }

    /** Every notification of the learner, read or not. */
    void deleteAllOf(UUID learnerId) {
        jdbc.sql("DELETE FROM notification WHERE learner_id = :learner")
                .param("learner", learnerId)
                .update();
    }

    private NotificationView view(ResultSet rs, int row) throws SQLException {
        String data = rs.getString("data");
        Timestamp readAt = rs.getTimestamp("read_at");
        return new NotificationView(rs.getObject("id", UUID.class), NotificationKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("body"), data == null ? null : json.readValue(data, DATA),
                rs.getTimestamp("created_at").toInstant(), readAt == null ? null : readAt.toInstant());
    }
}
