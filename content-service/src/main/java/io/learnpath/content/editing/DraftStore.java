package io.learnpath.content.editing;

import io.learnpath.content.curriculum.CurriculumLock;
import io.learnpath.content.curriculum.ItemKind;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The editors' working copy ({@code draft_items}) and the removals waiting for the next publish. */
@Repository
class DraftStore {

    private final JdbcClient jdbc;

    DraftStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Row(ItemKind kind, UUID id, String slug, String document, int revision) {
    }

    /** Serialises changes to the draft: each change is checked against the whole draft as it then stands. */
    void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", CurriculumLock.KEY).query(Object.class).single();
    }

    List<Row> all() {
        return jdbc.sql("SELECT kind, id, slug, document, revision FROM draft_items")
                .query((rs, n) -> new Row(ItemKind.valueOf(rs.getString(1)), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getInt(5)))
                .list();
    }

    Optional<Row> find(ItemKind kind, String slug) {
        return jdbc.sql("SELECT kind, id, slug, document, revision FROM draft_items WHERE kind = :kind AND slug = :slug")
                .param("kind", kind.name()).param("slug", slug)
                .query((rs, n) -> new Row(kind, rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                        rs.getInt(5)))
                .optional();
    }

    /** Inserts or replaces an item; a replaced item's revision goes up by one. @return the new revision */
    int save(ItemKind kind, UUID id, String slug, String document, String by, Instant at) {
        return jdbc.sql("""
                        INSERT INTO draft_items (kind, id, slug, document, revision, updated_by, updated_at)
                        VALUES (:kind, :id, :slug, CAST(:document AS jsonb), 1, :by, :at)
                        ON CONFLICT (kind, id) DO UPDATE SET slug = excluded.slug, document = excluded.document,
                            revision = draft_items.revision + 1, updated_by = excluded.updated_by,
                            updated_at = excluded.updated_at
                        RETURNING revision
                        """)
                .param("kind", kind.name()).param("id", id).param("slug", slug).param("document", document)
                .param("by", by).param("at", Timestamp.from(at))
                .query(Integer.class).single();
    }

    void delete(ItemKind kind, UUID id) {
        jdbc.sql("DELETE FROM draft_items WHERE kind = :kind AND id = :id").param("kind", kind.name())
                .param("id", id).update();
    }

    void deleteAll() {
        jdbc.sql("DELETE FROM draft_items").update();
    }

    void recordRemoval(ItemKind kind, UUID id, String slug, String reason, String by, Instant at) {
        jdbc.sql("""
                        INSERT INTO draft_removals (kind, id, slug, reason, removed_by, removed_at)
                        VALUES (:kind, :id, :slug, :reason, :by, :at)
                        ON CONFLICT (kind, id) DO UPDATE SET reason = excluded.reason,
                            removed_by = excluded.removed_by, removed_at = excluded.removed_at
                        """)
                .param("kind", kind.name()).param("id", id).param("slug", slug).param("reason", reason)
                .param("by", by).param("at", Timestamp.from(at))
                .update();
    }

    /** Names {@code replacement} wherever {@code editor} is named as having changed an item or asked for a removal. */
    void replaceEditor(String editor, String replacement) {
        jdbc.sql("UPDATE draft_items SET updated_by = :replacement WHERE updated_by = :editor")
                .param("editor", editor).param("replacement", replacement).update();
        jdbc.sql("UPDATE draft_removals SET removed_by = :replacement WHERE removed_by = :editor")
                .param("editor", editor).param("replacement", replacement).update();
    }

    /** An item brought back into the draft is no longer being removed. */
    void forgetRemoval(ItemKind kind, UUID id) {
        jdbc.sql("DELETE FROM draft_removals WHERE kind = :kind AND id = :id").param("kind", kind.name())
                .param("id", id).update();
    }

    Map<UUID, String> removalReasons() {
        Map<UUID, String> reasons = new HashMap<>();
        jdbc.sql("SELECT id, reason FROM draft_removals")
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list()
                .forEach(entry -> reasons.put(entry.getKey(), entry.getValue()));
        return reasons;
    }

    void clearRemovals() {
        jdbc.sql("DELETE FROM draft_removals").update();
    }
}
