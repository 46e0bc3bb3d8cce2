package io.learnpath.content.publishing;

import io.learnpath.content.events.RoadmapPublished;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL behind announcing roadmap versions: which are still unannounced, and claiming one. */
@Repository
class RoadmapReleases {

    private final JdbcClient jdbc;

    RoadmapReleases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Roadmaps whose current version has no release row yet. */
    List<UUID> unannounced() {
        return jdbc.sql("""
                        SELECT r.id FROM roadmaps r
                        WHERE NOT EXISTS (SELECT 1 FROM roadmap_releases rr
                                          WHERE rr.roadmap_id = r.id AND rr.version = r.version)
                        ORDER BY r.slug
                        """)
                .query(UUID.class)
                .list();
    }

    /**
     * Locks the roadmap row for the rest of the transaction and reads it. While the lock is held no editor can
     * bump the version, so the version claimed and the topics read afterwards belong together.
     */
    Optional<LockedRoadmap> lock(UUID roadmapId) {
        return jdbc.sql("SELECT id, slug, title, version FROM roadmaps WHERE id = :id FOR UPDATE")
                .param("id", roadmapId)
                .query(LockedRoadmap.class)
                .optional();
    }

    /**
     * Records that this version is being announced. False when it already was: by an earlier start, or by another
     * instance, whose uncommitted row makes this INSERT wait and then do nothing.
     */
    boolean claim(UUID roadmapId, int version, UUID eventId) {
        return jdbc.sql("""
                        INSERT INTO roadmap_releases (roadmap_id, version, event_id)
                        VALUES (:roadmapId, :version, :eventId)
                        ON CONFLICT (roadmap_id, version) DO NOTHING
                        """)
                .param("roadmapId", roadmapId)
                .param("version", version)
                .param("eventId", eventId)
                .update() == 1;
    }

    List<RoadmapPublished.Topic> topics(UUID roadmapId) {
        return jdbc.sql("""
                        SELECT id AS topic_id, slug, title, level, position AS "order"
                        FROM topics WHERE roadmap_id = :id ORDER BY position
                        """)
                .param("id", roadmapId)
                .query(RoadmapPublished.Topic.class)
                .list();
    }

    record LockedRoadmap(UUID id, String slug, String title, int version) {
    }
}
