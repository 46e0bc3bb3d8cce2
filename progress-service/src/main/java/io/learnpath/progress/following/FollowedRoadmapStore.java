package io.learnpath.progress.following;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code followed_roadmap} table: one row per learner and roadmap they follow. Every statement names the
 * learner, so no query can reach another learner's list.
 */
@Repository
class FollowedRoadmapStore {

    private final JdbcClient jdbc;

    FollowedRoadmapStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the first time when the learner already follows the roadmap, so following twice changes nothing. */
    /** True when the learner did not follow the roadmap before. */
    boolean followIfNot(UUID learnerId, UUID roadmapId, Instant at) {
        return jdbc.sql("""
                        INSERT INTO followed_roadmap (learner_id, roadmap_id, followed_at)
                        VALUES (:learner, :roadmap, :at)
                        ON CONFLICT (learner_id, roadmap_id) DO NOTHING""")
                .param("learner", learnerId).param("roadmap", roadmapId).param("at", at.atOffset(ZoneOffset.UTC))
                .update() == 1;
    }

    Optional<Instant> followedAt(UUID learnerId, UUID roadmapId) {
        return jdbc.sql("""
                        SELECT followed_at FROM followed_roadmap
                        WHERE learner_id = :learner AND roadmap_id = :roadmap""")
                .param("learner", learnerId).param("roadmap", roadmapId)
                .query((rs, row) -> rs.getObject("followed_at", OffsetDateTime.class).toInstant())
                .optional();
    }

    /** True when the learner followed the roadmap until now. */
    boolean unfollow(UUID learnerId, UUID roadmapId) {
        return jdbc.sql("DELETE FROM followed_roadmap WHERE learner_id = :learner AND roadmap_id = :roadmap")
                .param("learner", learnerId).param("roadmap", roadmapId)
                .update() == 1;
    }

    /** A page of the learner's roadmaps, most recently followed first; the roadmap id breaks ties, for stable pages. */
    List<Followed> page(UUID learnerId, long offset, int limit) {
        return jdbc.sql("""
                        SELECT roadmap_id, followed_at FROM followed_roadmap WHERE learner_id = :learner
                        ORDER BY followed_at DESC, roadmap_id LIMIT :limit OFFSET :offset""")
                .param("learner", learnerId).param("limit", limit).param("offset", offset)
                .query((rs, row) -> new Followed(rs.getObject("roadmap_id", UUID.class),
                        rs.getObject("followed_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    long count(UUID learnerId) {
        return jdbc.sql("SELECT count(*) FROM followed_roadmap WHERE learner_id = :learner")
                .param("learner", learnerId)
                .query(Long.class).single();
    }

    /** Every roadmap the learner follows, first followed first: the export. */
    List<Followed> allOf(UUID learnerId) {
        return jdbc.sql("""
                        SELECT roadmap_id, followed_at FROM followed_roadmap WHERE learner_id = :learner
                        ORDER BY followed_at, roadmap_id""")
                .param("learner", learnerId)
                .query((rs, row) -> new Followed(rs.getObject("roadmap_id", UUID.class),
                        rs.getObject("followed_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    Set<UUID> roadmapIdsOf(UUID learnerId) {
        return new HashSet<>(jdbc.sql("SELECT roadmap_id FROM followed_roadmap WHERE learner_id = :learner")
                .param("learner", learnerId)
                .query(UUID.class).list());
    }

    void deleteAllOf(UUID learnerId) {
        jdbc.sql("DELETE FROM followed_roadmap WHERE learner_id = :learner")
                .param("learner", learnerId)
                .update();
    }

    record Followed(UUID roadmapId, Instant followedAt) {
    }
}
