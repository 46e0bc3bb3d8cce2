package io.learnpath.content.roadmap;

import io.learnpath.platform.web.ProblemException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Reads one roadmap with its topics, through the Redis cache: roadmaps are read on every page view and change
 * only when a new version is released, which is when {@link #forget} is called.
 */
@Service
public class RoadmapReader {

    public static final String CACHE = "roadmaps";

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

    RoadmapReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @throws ProblemException 404 when no roadmap has this slug (not cached, so a new roadmap shows at once) */
    @Cacheable(cacheNames = CACHE, key = "#slug")
    public RoadmapDetail read(String slug) {
        return jdbc.sql(ROADMAP_WITH_TOPICS).param("slug", slug).query(RoadmapReader::toDetail)
                .orElseThrow(() -> ProblemException.notFound("roadmap", slug));
    }

    /** Drops the cached copy; the next read loads the current version from the database. */
    @CacheEvict(cacheNames = CACHE, key = "#slug")
    public void forget(String slug) {
        // The annotation does the work; the method exists to give callers a name for it.
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
