package io.learnpath.content.catalog;

import io.learnpath.content.curriculum.Difficulty;
import io.learnpath.content.curriculum.Project;
import io.learnpath.content.curriculum.Roadmap;
import io.learnpath.content.curriculum.RoadmapChanges;
import io.learnpath.content.curriculum.RoadmapTree;
import io.learnpath.content.curriculum.Topic;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Reads the published curriculum; retired items are invisible here. */
@Repository
class CatalogStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CatalogStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    int currentRelease() {
        return jdbc.sql("SELECT coalesce(max(number), 0) FROM curriculum_releases").query(Integer.class).single();
    }

    record LiveRoadmap(Roadmap roadmap, int version, Instant updatedAt) {
    }

    List<LiveRoadmap> roadmaps() {
        return jdbc.sql("""
                        SELECT document, version, updated_at FROM roadmaps
                        WHERE retired_at IS NULL AND document IS NOT NULL ORDER BY slug
                        """)
                .query((rs, n) -> live(rs)).list();
    }

    Optional<LiveRoadmap> roadmap(String slug) {
        return jdbc.sql("""
                        SELECT document, version, updated_at FROM roadmaps
                        WHERE slug = :slug AND retired_at IS NULL AND document IS NOT NULL
                        """)
                .param("slug", slug).query((rs, n) -> live(rs)).optional();
    }

    /** Every live topic without body, resources or questions: what a roadmap tree shows. */
    List<Topic> topicOutlines() {
        return jdbc.sql("""
                        SELECT id, slug, title, summary, effort_hours, prerequisites, subtopics FROM topics
                        WHERE retired_at IS NULL
                        """)
                .query((rs, n) -> new Topic(rs.getObject("id", java.util.UUID.class), rs.getString("slug"),
                        rs.getString("title"), rs.getString("summary"), rs.getInt("effort_hours"),
                        strings(rs.getArray("prerequisites")), strings(rs.getArray("subtopics")), List.of(),
                        List.of(), null))
                .list();
    }

    Optional<Topic> topic(String slug) {
        return jdbc.sql("SELECT document FROM topics WHERE slug = :slug AND retired_at IS NULL")
                .param("slug", slug).query((rs, n) -> json.readValue(rs.getString(1), Topic.class)).optional();
    }

    Optional<Project> project(String slug) {
        return jdbc.sql("SELECT document FROM projects WHERE slug = :slug AND retired_at IS NULL")
                .param("slug", slug).query((rs, n) -> json.readValue(rs.getString(1), Project.class)).optional();
    }

    long countProjects(Difficulty difficulty, String topic) {
        return jdbc.sql("SELECT count(*) FROM projects WHERE retired_at IS NULL" + projectFilter(difficulty, topic))
                .param("difficulty", difficulty == null ? "" : difficulty.name()).param("topic", topic)
                .query(Long.class).single();
    }

    /** Easiest first, then by title. */
    List<Project> projects(Difficulty difficulty, String topic, long offset, int limit) {
        return jdbc.sql("""
                        SELECT document FROM projects WHERE retired_at IS NULL %s
                        ORDER BY array_position(ARRAY['BEGINNER', 'INTERMEDIATE', 'ADVANCED'], difficulty), title
                        LIMIT :limit OFFSET :offset
                        """.formatted(projectFilter(difficulty, topic)))
                .param("difficulty", difficulty == null ? "" : difficulty.name()).param("topic", topic)
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> json.readValue(rs.getString(1), Project.class)).list();
    }

    /** A project practises a topic when it names the topic or one of its sub-topics. */
    private static String projectFilter(Difficulty difficulty, String topic) {
        return (difficulty == null ? "" : " AND difficulty = :difficulty")
                + (topic == null ? "" : " AND (:topic = ANY(topics) OR topics && (SELECT subtopics FROM topics t"
                        + " WHERE t.slug = :topic AND t.retired_at IS NULL))");
    }

    List<Project> projectsPractising(String topic) {
        return projects(null, topic, 0, 100);
    }

    List<RoadmapVersionRow> versions(String roadmapSlug) {
        return jdbc.sql("""
                        SELECT v.version, v.published_at, v.release, v.changes FROM roadmap_versions v
                        JOIN roadmaps r ON r.id = v.roadmap_id
                        WHERE r.slug = :slug AND r.retired_at IS NULL ORDER BY v.version DESC
                        """)
                .param("slug", roadmapSlug)
                .query((rs, n) -> new RoadmapVersionRow(rs.getInt(1), instant(rs, 2),
                        (Integer) rs.getObject(3), json.readValue(rs.getString(4), RoadmapChanges.class)))
                .list();
    }

    record RoadmapVersionRow(int version, Instant publishedAt, Integer release, RoadmapChanges changes) {
    }

    Optional<RoadmapTree> version(String roadmapSlug, int version) {
        return jdbc.sql("""
                        SELECT v.tree FROM roadmap_versions v JOIN roadmaps r ON r.id = v.roadmap_id
                        WHERE r.slug = :slug AND r.retired_at IS NULL AND v.version = :version
                        """)
                .param("slug", roadmapSlug).param("version", version)
                .query((rs, n) -> json.readValue(rs.getString(1), RoadmapTree.class)).optional();
    }

    private LiveRoadmap live(ResultSet rs) throws SQLException {
        return new LiveRoadmap(json.readValue(rs.getString("document"), Roadmap.class), rs.getInt("version"),
                instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
