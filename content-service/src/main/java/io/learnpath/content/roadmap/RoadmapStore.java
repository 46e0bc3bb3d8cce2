package io.learnpath.content.roadmap;

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
 * The SQL over {@code roadmaps} and {@code topics}, which the roadmap feature owns. Other features read them through
 * {@link RoadmapListing}, {@link RoadmapReader} and {@link RoadmapVersions}, never through this class.
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
            WHERE r.slug = :slug
            ORDER BY t.position
            """;

    private final JdbcClient jdbc;

    RoadmapStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM roadmaps").query(Long.class).single();
    }

    /** Sorted by slug: unique, so pages never overlap or skip a roadmap. */
    List<RoadmapSummary> summaries(long offset, int limit) {
        return jdbc.sql("""
                        SELECT r.id, r.slug, r.title, r.description, r.version,
                               (SELECT count(*) FROM topics t WHERE t.roadmap_id = r.id) AS topic_count
                        FROM roadmaps r
                        ORDER BY r.slug
                        LIMIT :limit OFFSET :offset
                        """)
                .param("limit", limit)
                .param("offset", offset)
                .query(RoadmapSummary.class)
                .list();
    }

    Optional<RoadmapDetail> detail(String slug) {
        return jdbc.sql(ROADMAP_WITH_TOPICS).param("slug", slug).query(RoadmapStore::toDetail);
    }

    List<RoadmapVersion> currentVersions() {
        return jdbc.sql("SELECT id, version FROM roadmaps ORDER BY slug").query(RoadmapVersion.class).list();
    }

    /**
     * Locks the roadmap row for the rest of the transaction and reads it with its topics. While the lock is held no
     * change can bump the version, so the version and the topics read belong together.
     */
    Optional<RoadmapSnapshot> lockAndRead(UUID roadmapId) {
        return jdbc.sql("SELECT id, slug, title, version FROM roadmaps WHERE id = :id FOR UPDATE")
                .param("id", roadmapId)
                .query(LockedRoadmap.class)
                .optional()
                .map(roadmap -> new RoadmapSnapshot(roadmap.id(), roadmap.slug(), roadmap.title(), roadmap.version(),
                        topicsOf(roadmap.id())));
    }

    private record LockedRoadmap(UUID id, String slug, String title, int version) {
    }

    private List<RoadmapSnapshot.Topic> topicsOf(UUID roadmapId) {
        return jdbc.sql("""
                        SELECT id, slug, title, level, position AS "order"
                        FROM topics WHERE roadmap_id = :id ORDER BY position
                        """)
                .param("id", roadmapId)
                .query(RoadmapSnapshot.Topic.class)
                .list();
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
