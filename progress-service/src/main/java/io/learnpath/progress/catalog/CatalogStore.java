package io.learnpath.progress.catalog;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code roadmap} and {@code roadmap_topic} tables: the current version of each published roadmap, with one
 * row per (roadmap, topic) membership, since a topic may belong to several roadmaps.
 */
@Repository
class CatalogStore {

    private static final String TOPIC_COLUMNS =
            "topic_id, roadmap_id, slug, title, level, position, parent_id, effort_hours, prerequisites";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CatalogStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<CatalogRoadmap> roadmap(String slug) {
        return jdbc.sql("SELECT id, slug, title, version FROM roadmap WHERE slug = :slug")
                .param("slug", slug)
                .query(CatalogRoadmap.class)
                .optional();
    }

    Optional<CatalogRoadmap> roadmap(UUID id) {
        return jdbc.sql("SELECT id, slug, title, version FROM roadmap WHERE id = :id")
                .param("id", id)
                .query(CatalogRoadmap.class)
                .optional();
    }

    /** The roadmaps listing any of these topics, by id. */
    List<CatalogRoadmap> roadmapsListing(Collection<UUID> topicIds) {
        return jdbc.sql("""
                        SELECT id, slug, title, version FROM roadmap r
                        WHERE EXISTS (SELECT 1 FROM roadmap_topic t
                                      WHERE t.roadmap_id = r.id AND t.topic_id = ANY (:ids))
                        ORDER BY id""")
                .param("ids", topicIds.toArray(UUID[]::new))
                .query(CatalogRoadmap.class)
                .list();
    }

    List<CatalogTopic> topics(UUID roadmapId) {
        return jdbc.sql("SELECT " + TOPIC_COLUMNS + " FROM roadmap_topic WHERE roadmap_id = :roadmapId "
                        + "ORDER BY position, slug")
                .param("roadmapId", roadmapId)
                .query(CatalogStore::topic)
                .list();
    }

    /** One copy of each of these topics (any roadmap's: slug and title are the topic's own), by id. */
    List<CatalogTopic> anyCopyOf(Collection<UUID> topicIds) {
        if (topicIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT ON (topic_id) " + TOPIC_COLUMNS + " FROM roadmap_topic "
                        + "WHERE topic_id IN (:ids) ORDER BY topic_id, roadmap_id")
                .param("ids", topicIds)
                .query(CatalogStore::topic)
                .list();
    }

    /** Every roadmap membership of these topics, by topic and roadmap. */
    List<CatalogTopic> everyCopyOf(Collection<UUID> topicIds) {
        if (topicIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + TOPIC_COLUMNS + " FROM roadmap_topic "
                        + "WHERE topic_id IN (:ids) ORDER BY topic_id, roadmap_id")
                .param("ids", topicIds)
                .query(CatalogStore::topic)
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

    /**
     * Makes {@code topics} the roadmap's whole topic list: its other memberships are deleted, these inserted or
     * updated. Every statement is bounded by {@code roadmapId}: the same topic in another roadmap is that roadmap's
     * membership, changed only by that roadmap's publications.
     */
    void replaceTopics(UUID roadmapId, List<CatalogTopic> topics, Map<UUID, List<AnswerKey>> answerKeys) {
        // "<> ALL" of an empty array is true: an empty list deletes all of the roadmap's topics.
        jdbc.sql("DELETE FROM roadmap_topic WHERE roadmap_id = :roadmapId AND topic_id <> ALL (:kept)")
                .param("roadmapId", roadmapId)
                .param("kept", topics.stream().map(CatalogTopic::id).toArray(UUID[]::new))
                .update();
        for (CatalogTopic topic : topics) {
            jdbc.sql("""
                            INSERT INTO roadmap_topic (roadmap_id, topic_id, slug, title, level, position, parent_id,
                                effort_hours, prerequisites, questions)
                            VALUES (:roadmapId, :topicId, :slug, :title, :level, :position, :parentId, :effortHours,
                                :prerequisites, CAST(:questions AS JSONB))
                            ON CONFLICT (roadmap_id, topic_id) DO UPDATE SET slug = EXCLUDED.slug,
                                title = EXCLUDED.title, level = EXCLUDED.level, position = EXCLUDED.position,
                                parent_id = EXCLUDED.parent_id, effort_hours = EXCLUDED.effort_hours,
                                prerequisites = EXCLUDED.prerequisites, questions = EXCLUDED.questions""")
                    .param("roadmapId", roadmapId).param("topicId", topic.id()).param("slug", topic.slug())
                    .param("title", topic.title()).param("level", topic.level()).param("position", topic.position())
                    .param("parentId", topic.parentId()).param("effortHours", topic.effortHours())
                    .param("prerequisites", topic.prerequisites().toArray(UUID[]::new))
                    .param("questions", json.writeValueAsString(answerKeys.getOrDefault(topic.id(), List.of())))
                    .update();
        }
    }

    List<AnswerKey> answerKeys(UUID roadmapId, UUID topicId) {
        return jdbc.sql("SELECT questions FROM roadmap_topic WHERE roadmap_id = :roadmapId AND topic_id = :topicId")
                .param("roadmapId", roadmapId).param("topicId", topicId)
                .query(String.class)
                .optional()
                .map(keys -> List.of(json.readValue(keys, AnswerKey[].class)))
                .orElse(List.of());
    }

    private static CatalogTopic topic(ResultSet rs, int row) throws SQLException {
        return new CatalogTopic(rs.getObject("topic_id", UUID.class), rs.getObject("roadmap_id", UUID.class),
                rs.getString("slug"), rs.getString("title"), rs.getString("level"), rs.getInt("position"),
                rs.getObject("parent_id", UUID.class), rs.getInt("effort_hours"),
                uuids(rs.getArray("prerequisites")));
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        try {
            return List.of((UUID[]) array.getArray());
        } finally {
            array.free();
        }
    }
}
