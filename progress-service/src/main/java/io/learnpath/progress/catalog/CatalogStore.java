package io.learnpath.progress.catalog;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code roadmap} and {@code topic} tables: the current version of each published roadmap. */
@Repository
class CatalogStore {

    private final JdbcClient jdbc;

    CatalogStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CatalogRoadmap> roadmap(String slug) {
        return jdbc.sql("SELECT id, slug, title, version FROM roadmap WHERE slug = :slug")
                .param("slug", slug)
                .query(CatalogRoadmap.class)
                .optional();
    }

    Optional<CatalogTopic> topic(UUID roadmapId, String topicSlug) {
        return jdbc.sql("""
                        SELECT id, roadmap_id, slug, title, level, position FROM topic
                        WHERE roadmap_id = :roadmapId AND slug = :slug""")
                .param("roadmapId", roadmapId).param("slug", topicSlug)
                .query(CatalogTopic.class)
                .optional();
    }

    List<CatalogTopic> topics(UUID roadmapId) {
        return jdbc.sql("""
                        SELECT id, roadmap_id, slug, title, level, position FROM topic
                        WHERE roadmap_id = :roadmapId ORDER BY position, slug""")
                .param("roadmapId", roadmapId)
                .query(CatalogTopic.class)
                .list();
    }

    boolean anyRoadmap() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM roadmap)").query(Boolean.class).single();
    }

    /**
     * The stored version, locked until the transaction ends: two publications of one roadmap are serialised, so
     * the version check and the write are atomic.
     *
     * @return null when the roadmap is not stored yet
     */
    Integer lockVersion(UUID roadmapId) {
        return jdbc.sql("SELECT version FROM roadmap WHERE id = :id FOR UPDATE")
                .param("id", roadmapId)
                .query(Integer.class)
                .optional()
                .orElse(null);
    }

    /** @throws TransientDataAccessResourceException when another transaction inserted it first; a retry updates */
    void insert(CatalogRoadmap roadmap, OffsetDateTime now) {
        int inserted = jdbc.sql("""
                        INSERT INTO roadmap (id, slug, title, version, updated_at)
                        VALUES (:id, :slug, :title, :version, :now) ON CONFLICT (id) DO NOTHING""")
                .param("id", roadmap.id()).param("slug", roadmap.slug()).param("title", roadmap.title())
                .param("version", roadmap.version()).param("now", now)
                .update();
        if (inserted == 0) {
            // Someone inserted the roadmap since we looked: a retry takes the locked path.
            throw new TransientDataAccessResourceException("roadmap " + roadmap.id() + " appeared concurrently");
        }
    }

    void update(CatalogRoadmap roadmap, OffsetDateTime now) {
        jdbc.sql("UPDATE roadmap SET slug = :slug, title = :title, version = :version, updated_at = :now "
                        + "WHERE id = :id")
                .param("slug", roadmap.slug()).param("title", roadmap.title()).param("version", roadmap.version())
                .param("now", now).param("id", roadmap.id())
                .update();
    }

    /** Makes {@code topics} the roadmap's whole topic list: others are deleted, these inserted or updated. */
    void replaceTopics(UUID roadmapId, List<CatalogTopic> topics) {
        List<UUID> kept = topics.stream().map(CatalogTopic::id).toList();
        if (kept.isEmpty()) {
            jdbc.sql("DELETE FROM topic WHERE roadmap_id = :roadmapId").param("roadmapId", roadmapId).update();
        } else {
            jdbc.sql("DELETE FROM topic WHERE roadmap_id = :roadmapId AND id NOT IN (:kept)")
                    .param("roadmapId", roadmapId).param("kept", kept)
                    .update();
        }
        for (CatalogTopic topic : topics) {
            jdbc.sql("""
                            INSERT INTO topic (id, roadmap_id, slug, title, level, position)
                            VALUES (:id, :roadmapId, :slug, :title, :level, :position)
                            ON CONFLICT (id) DO UPDATE SET roadmap_id = EXCLUDED.roadmap_id, slug = EXCLUDED.slug,
                                title = EXCLUDED.title, level = EXCLUDED.level, position = EXCLUDED.position""")
                    .param("id", topic.id()).param("roadmapId", roadmapId).param("slug", topic.slug())
                    .param("title", topic.title()).param("level", topic.level()).param("position", topic.position())
                    .update();
        }
    }
}
