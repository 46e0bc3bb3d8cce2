package io.learnpath.notification.following;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code roadmap_follower} table. */
@Repository
class FollowerStore {

    private final JdbcClient jdbc;

    FollowerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void follows(UUID learnerId, UUID roadmapId, boolean following, Instant at) {
        jdbc.sql("""
                        INSERT INTO roadmap_follower (roadmap_id, learner_id, following, changed_at)
                        VALUES (:roadmap, :learner, :following, :at)
                        ON CONFLICT (roadmap_id, learner_id) DO UPDATE
                            SET following = EXCLUDED.following, changed_at = EXCLUDED.changed_at
                         WHERE roadmap_follower.changed_at < EXCLUDED.changed_at""")
                .param("roadmap", roadmapId).param("learner", learnerId).param("following", following)
                .param("at", Timestamp.from(at))
                .update();
    }

    List<UUID> of(UUID roadmapId) {
        return jdbc.sql("SELECT learner_id FROM roadmap_follower WHERE roadmap_id = ? AND following")
                .param(roadmapId).query(UUID.class).list();
    }

    void erase(UUID learnerId) {
        jdbc.sql("DELETE FROM roadmap_follower WHERE learner_id = ?").param(learnerId).update();
    }
}
