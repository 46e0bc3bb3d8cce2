package io.learnpath.content.roadmap;

import io.learnpath.platform.paging.PageQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL on the {@code roadmaps} and {@code topics} tables, which this feature owns; other features read them
 * through {@link RoadmapReader} and {@link RoadmapVersions}.
 */
@Repository
class RoadmapStore {

    // One statement, so the roadmap's version and its topics come from the same snapshot.
    private static final String ROADMAP_WITH_TOPICS = """
            SELECT r.id, r.slug, r.title, r.description, r.version, r.updated_at,
                   t.id AS topic_id, t.slug AS topic_slug, t.title AS topic_title, t.summary AS topic_summary,
                   t.level AS topic_level, t.position AS topic_position
            FROM roadmaps r
            LEFT JOIN topics t ON t.roadmap_id = r.id
            """;

    private final JdbcClient jdbc;

    RoadmapStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM roadmaps").query(Long.class).single();
    }

    /** One page of summaries, sorted by slug (unique, so pages never overlap or skip a roadmap). */
    List<RoadmapSummary> summaries(PageQuery query) {
        return jdbc.sql("""
                        SELECT r.id, r.slug, r.title, r.description, r.version,
                               (SELECT count(*) FROM topics t WHERE t.roadmap_id = r.id) AS topic_count
                        FROM roadmaps r
                        ORDER BY r.slug
                        LIMIT :size OFFSET :offset
                        """)
                .param("size", query.size())
                .param("offset", query.offset())
                .query(RoadmapSummary.class)
                .list();
    }

    Optional<RoadmapDetail> withTopics(String slug) {
        return jdbc.sql(ROADMAP_WITH_TOPICS + "WHERE r.slug = :slug ORDER BY t.position")
                .param("slug", slug)
                .query(RoadmapStore::toDetail);
    }

    Optional<RoadmapDetail> withTopics(UUID roadmapId) {
        return jdbc.sql(ROADMAP_WITH_TOPICS + "WHERE r.id = :id ORDER BY t.position")
                .param("id", roadmapId)
                .query(RoadmapStore::toDetail);
    }

    /** Every roadmap's current version, sorted by slug. */
    List<RoadmapVersion> currentVersions() {
        return jdbc.sql("SELECT id AS roadmap_id, version FROM roadmaps ORDER BY slug")
                .query(RoadmapVersion.class)
                .list();
    }

    /**
     * Locks the roadmap's row until the transaction ends, waiting for a transaction that holds it.
     *
     * @return false when there is no such roadmap
     */
    boolean lock(UUID roadmapId) {
        return jdbc.sql("SELECT id FROM roadmaps WHERE id = :id FOR UPDATE")
                .param("id", roadmapId)
                .query(UUID.class)
                .optional()
                .isPresent();
    }

    private static Optional<RoadmapDetail> toDetail(ResultSet rows) throws SQLException {
        if (!rows.next()) {
            return Optional.empty();
        }
        UUID id = rows.getObject("id", UUID.class);
        String slug = rows.getString("slug");
        String title = rows.getString("title");
        String description = rows.getString("description");
        int version = rows.getInt("version");
        Instant updatedAt = rows.getObject("updated_at", OffsetDateTime.class).toInstant();
        List<RoadmapDetail.Topic> topics = new ArrayList<>();
        do {
            UUID topicId = rows.getObject("topic_id", UUID.class);
            if (topicId != null) {
                topics.add(new RoadmapDetail.Topic(topicId, rows.getString("topic_slug"),
                        rows.getString("topic_title"), rows.getString("topic_summary"),
                        TopicLevel.valueOf(rows.getString("topic_level")), rows.getInt("topic_position")));
            }
        } while (rows.next());
        return Optional.of(new RoadmapDetail(id, slug, title, description, version, updatedAt, topics));
    }
}
