package io.learnpath.progress.notes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code topic_note} table. Every statement names the learner: no query can reach another learner's note. */
@Repository
class NoteStore {

    private final JdbcClient jdbc;

    NoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates or replaces the note; answers it as stored. */
    StoredNote save(UUID learnerId, UUID topicId, String body, Instant now) {
        return jdbc.sql("""
                        INSERT INTO topic_note (learner_id, topic_id, body, created_at, updated_at)
                        VALUES (:learnerId, :topicId, :body, :now, :now)
                        ON CONFLICT (learner_id, topic_id)
                            DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at
                        RETURNING topic_id, body, created_at, updated_at""")
                .param("learnerId", learnerId).param("topicId", topicId).param("body", body)
                .param("now", Timestamp.from(now))
                .query(NoteStore::stored)
                .single();
    }

    Optional<StoredNote> find(UUID learnerId, UUID topicId) {
        return jdbc.sql("""
                        SELECT topic_id, body, created_at, updated_at FROM topic_note
                        WHERE learner_id = :learnerId AND topic_id = :topicId""")
                .param("learnerId", learnerId).param("topicId", topicId)
                .query(NoteStore::stored)
                .optional();
    }

    boolean delete(UUID learnerId, UUID topicId) {
        return jdbc.sql("DELETE FROM topic_note WHERE learner_id = :learnerId AND topic_id = :topicId")
                .param("learnerId", learnerId).param("topicId", topicId)
                .update() == 1;
    }

    /** Every note of the learner, oldest first. */
    List<StoredNote> allOf(UUID learnerId) {
        return jdbc.sql("""
                        SELECT topic_id, body, created_at, updated_at FROM topic_note
                        WHERE learner_id = :learnerId ORDER BY created_at, topic_id""")
                .param("learnerId", learnerId)
                .query(NoteStore::stored)
                .list();
    }

    /** The learner's notes, most recently changed first, each with its first characters. */
    List<Found> recent(UUID learnerId, long offset, int limit) {
        return jdbc.sql("""
                        SELECT topic_id, left(body, 200) AS snippet, updated_at FROM topic_note
                        WHERE learner_id = :learnerId
                        ORDER BY updated_at DESC, topic_id LIMIT :limit OFFSET :offset""")
                .param("learnerId", learnerId).param("limit", limit).param("offset", offset)
                .query(NoteStore::found)
                .list();
    }

    long count(UUID learnerId) {
        return jdbc.sql("SELECT count(*) FROM topic_note WHERE learner_id = :learnerId")
                .param("learnerId", learnerId).query(Long.class).single();
    }

    /**
     * The learner's notes that hold every word of {@code query} (web-search syntax: quotes for a phrase, {@code -}
     * to exclude), best match first, each with the passage around the words found.
     */
    List<Found> search(UUID learnerId, String query, long offset, int limit) {
        return jdbc.sql("""
                        SELECT topic_id, updated_at,
                               ts_headline('simple', body, q,
                                   'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=10, MaxFragments=2')
                                   AS snippet
                        FROM topic_note, websearch_to_tsquery('simple', :query) AS q
                        WHERE learner_id = :learnerId AND search @@ q
                        ORDER BY ts_rank(search, q) DESC, updated_at DESC, topic_id
                        LIMIT :limit OFFSET :offset""")
                .param("learnerId", learnerId).param("query", query).param("limit", limit).param("offset", offset)
                .query(NoteStore::found)
                .list();
    }

    long countMatches(UUID learnerId, String query) {
        return jdbc.sql("""
                        SELECT count(*) FROM topic_note
                        WHERE learner_id = :learnerId AND search @@ websearch_to_tsquery('simple', :query)""")
                .param("learnerId", learnerId).param("query", query).query(Long.class).single();
    }

    void deleteAllOf(UUID learnerId) {
        jdbc.sql("DELETE FROM topic_note WHERE learner_id = :learnerId").param("learnerId", learnerId).update();
    }

    private static StoredNote stored(ResultSet rs, int row) throws SQLException {
        return new StoredNote(rs.getObject("topic_id", UUID.class), rs.getString("body"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }

    private static Found found(ResultSet rs, int row) throws SQLException {
        return new Found(rs.getObject("topic_id", UUID.class), rs.getString("snippet"),
                rs.getTimestamp("updated_at").toInstant());
    }

    record StoredNote(UUID topicId, String body, Instant createdAt, Instant updatedAt) {
    }

    record Found(UUID topicId, String snippet, Instant updatedAt) {
    }
}
