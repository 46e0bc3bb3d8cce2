package io.learnpath.content.publishing;

import io.learnpath.content.curriculum.Curriculum;
import io.learnpath.content.curriculum.CurriculumLock;
import io.learnpath.content.curriculum.ItemKind;
import io.learnpath.content.curriculum.Project;
import io.learnpath.content.curriculum.Roadmap;
import io.learnpath.content.curriculum.RoadmapChanges;
import io.learnpath.content.curriculum.RoadmapTree;
import io.learnpath.content.curriculum.Topic;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes releases: the published roadmaps, topics and projects, each roadmap's versions, and the record of
 * releases and removals. Documents are stored as JSONB in the same shape as the repository's files.
 */
@Repository
class ReleaseStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;

    ReleaseStore(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    /** Serialises publishes across instances: a release reads the published state and builds on it. */
    void lockForPublishing() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", CurriculumLock.KEY).query(Object.class).single();
    }

    Optional<String> lastFilesHash() {
        return jdbc.sql("""
                        SELECT files_hash FROM curriculum_releases WHERE source = 'FILES'
                        ORDER BY number DESC LIMIT 1
                        """)
                .query(String.class).optional();
    }

    int addRelease(Publication publication, Instant at) {
        int number = jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM curriculum_releases").query(Integer.class)
                .single();
        jdbc.sql("""
                        INSERT INTO curriculum_releases (number, source, published_by, published_at, files_hash, note)
                        VALUES (:number, :source, :by, :at, :hash, :note)
                        """)
                .param("number", number).param("source", publication.source().name())
                .param("by", publication.publishedBy()).param("at", Timestamp.from(at))
                .param("hash", publication.filesHash()).param("note", publication.note())
                .update();
        return number;
    }

    /** What is live now, retired items left out. */
    Curriculum published() {
        List<Roadmap> roadmaps = jdbc.sql("SELECT document FROM roadmaps WHERE retired_at IS NULL AND document IS NOT NULL")
                .query((rs, n) -> json.readValue(rs.getString(1), Roadmap.class)).list();
        List<Topic> topics = jdbc.sql("SELECT document FROM topics WHERE retired_at IS NULL")
                .query((rs, n) -> json.readValue(rs.getString(1), Topic.class)).list();
        List<Project> projects = jdbc.sql("SELECT document FROM projects WHERE retired_at IS NULL")
                .query((rs, n) -> json.readValue(rs.getString(1), Project.class)).list();
        return new Curriculum(roadmaps, topics, projects);
    }

    /** Each roadmap's latest recorded version, retired roadmaps included (a roadmap may come back). */
    Map<UUID, CurrentVersion> currentVersions() {
        Map<UUID, CurrentVersion> current = new HashMap<>();
        jdbc.sql("""
                        SELECT v.roadmap_id, v.version, v.fingerprint, v.tree
                        FROM roadmap_versions v
                        JOIN roadmaps r ON r.id = v.roadmap_id AND r.version = v.version
                        """)
                .query((rs, n) -> new CurrentVersion(rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3),
                        json.readValue(rs.getString(4), RoadmapTree.class)))
                .list()
                .forEach(version -> current.put(version.roadmapId(), version));
        return current;
    }

    record CurrentVersion(UUID roadmapId, int version, String fingerprint, RoadmapTree tree) {
    }

    /** Replaces the live topics with {@code topics}; live topics not among them are retired, not deleted. */
    void replaceTopics(List<Topic> topics, Instant at) {
        UUID[] ids = topics.stream().map(Topic::id).toArray(UUID[]::new);
        jdbc.sql("UPDATE topics SET retired_at = :at WHERE retired_at IS NULL AND NOT (id = ANY(:ids))")
                .param("at", Timestamp.from(at)).param("ids", ids).update();
        jdbc.sql("DELETE FROM topics WHERE id = ANY(:ids)").param("ids", ids).update();
        batch.batchUpdate("""
                        INSERT INTO topics (id, slug, title, summary, effort_hours, prerequisites, subtopics, document)
                        VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))
                        """, topics, 200, (statement, topic) -> {
                    statement.setObject(1, topic.id());
                    statement.setString(2, topic.slug());
                    statement.setString(3, topic.title());
                    statement.setString(4, topic.summary());
                    statement.setInt(5, topic.effortHours());
                    statement.setArray(6, statement.getConnection().createArrayOf("text",
                            topic.prerequisites().toArray()));
                    statement.setArray(7, statement.getConnection().createArrayOf("text",
                            topic.subtopics().toArray()));
                    statement.setString(8, json.writeValueAsString(topic));
                });
    }

    void replaceProjects(List<Project> projects, Instant at) {
        UUID[] ids = projects.stream().map(Project::id).toArray(UUID[]::new);
        jdbc.sql("UPDATE projects SET retired_at = :at WHERE retired_at IS NULL AND NOT (id = ANY(:ids))")
                .param("at", Timestamp.from(at)).param("ids", ids).update();
        jdbc.sql("DELETE FROM projects WHERE id = ANY(:ids)").param("ids", ids).update();
        batch.batchUpdate("""
                        INSERT INTO projects (id, slug, title, difficulty, topics, document)
                        VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb))
                        """, projects, 200, (statement, project) -> {
                    statement.setObject(1, project.id());
                    statement.setString(2, project.slug());
                    statement.setString(3, project.title());
                    statement.setString(4, project.difficulty().name());
                    statement.setArray(5, statement.getConnection().createArrayOf("text",
                            project.topics().toArray()));
                    statement.setString(6, json.writeValueAsString(project));
                });
    }

    /** Retires live roadmaps that are not among {@code keep}. */
    void retireRoadmapsExcept(List<UUID> keep, Instant at) {
        jdbc.sql("UPDATE roadmaps SET retired_at = :at WHERE retired_at IS NULL AND NOT (id = ANY(:ids))")
                .param("at", Timestamp.from(at)).param("ids", keep.toArray(UUID[]::new)).update();
    }

    /**
     * Makes {@code roadmap} live at {@code version}. Slugs of other roadmaps are moved aside first, so two roadmaps
     * can swap slugs in one release without tripping the unique constraint.
     */
    void saveRoadmap(Roadmap roadmap, int version, Instant at) {
        jdbc.sql("UPDATE roadmaps SET slug = 'retired-' || id WHERE slug = :slug AND id <> :id")
                .param("slug", roadmap.slug()).param("id", roadmap.id()).update();
        jdbc.sql("""
                        INSERT INTO roadmaps (id, slug, title, description, version, document, created_at, updated_at)
                        VALUES (:id, :slug, :title, :description, :version, CAST(:document AS jsonb), :at, :at)
                        ON CONFLICT (id) DO UPDATE SET slug = excluded.slug, title = excluded.title,
                            description = excluded.description, version = excluded.version,
                            document = excluded.document, updated_at = excluded.updated_at, retired_at = NULL
                        """)
                .param("id", roadmap.id()).param("slug", roadmap.slug()).param("title", roadmap.title())
                .param("description", roadmap.description()).param("version", version)
                .param("document", json.writeValueAsString(roadmap)).param("at", Timestamp.from(at))
                .update();
    }

    /** Refreshes the document of a roadmap whose version does not change (the same tree and topics). */
    void refreshRoadmapDocument(Roadmap roadmap) {
        jdbc.sql("UPDATE roadmaps SET document = CAST(:document AS jsonb), retired_at = NULL WHERE id = :id")
                .param("document", json.writeValueAsString(roadmap)).param("id", roadmap.id()).update();
    }

    void addVersion(RoadmapTree tree, int release, String fingerprint, RoadmapChanges changes) {
        jdbc.sql("""
                        INSERT INTO roadmap_versions (roadmap_id, version, release, published_at, fingerprint, tree,
                                                      changes)
                        VALUES (:id, :version, :release, :at, :fingerprint, CAST(:tree AS jsonb),
                                CAST(:changes AS jsonb))
                        """)
                .param("id", tree.id()).param("version", tree.version()).param("release", release)
                .param("at", Timestamp.from(tree.publishedAt())).param("fingerprint", fingerprint)
                .param("tree", json.writeValueAsString(tree)).param("changes", json.writeValueAsString(changes))
                .update();
    }

    /**
     * Names {@code replacement} wherever {@code editor} is named in the history: as the publisher of a release, the
     * remover of an item, or in a removal's reason (an item removed without one is recorded as "removed by" its
     * publisher).
     */
    void replaceEditor(String editor, String replacement) {
        jdbc.sql("UPDATE curriculum_releases SET published_by = :replacement WHERE published_by = :editor")
                .param("editor", editor).param("replacement", replacement).update();
        jdbc.sql("""
                        UPDATE removals
                        SET removed_by = CASE WHEN removed_by = :editor THEN :replacement ELSE removed_by END,
                            reason     = replace(reason, :editor, :replacement)
                        WHERE removed_by = :editor OR strpos(reason, :editor) > 0
                        """)
                .param("editor", editor).param("replacement", replacement).update();
    }

    void recordRemoval(ItemKind kind, UUID id, String slug, String reason, String by, int release, Instant at) {
        jdbc.sql("""
                        INSERT INTO removals (kind, id, slug, reason, removed_by, release, removed_at)
                        VALUES (:kind, :id, :slug, :reason, :by, :release, :at)
                        """)
                .param("kind", kind.name()).param("id", id).param("slug", slug).param("reason", reason)
                .param("by", by).param("release", release).param("at", Timestamp.from(at))
                .update();
    }
}
