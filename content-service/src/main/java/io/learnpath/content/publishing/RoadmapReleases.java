package io.learnpath.content.publishing;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The record of which roadmap versions have been announced ({@code roadmap_releases}, owned by publishing). */
@Repository
class RoadmapReleases {

    private final JdbcClient jdbc;

    RoadmapReleases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean announced(UUID roadmapId, int version) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM roadmap_releases WHERE roadmap_id = :id AND version = :version)
                        """)
                .param("id", roadmapId)
                .param("version", version)
                .query(Boolean.class)
                .single();
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
}
