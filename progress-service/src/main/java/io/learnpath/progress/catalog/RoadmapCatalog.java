package io.learnpath.progress.catalog;

import io.learnpath.content.events.RoadmapPublished;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The progress-service's copy of the published roadmaps: written from {@link RoadmapPublished} events, read by
 * tracking and summary so that no request has to call the content-service.
 */
@Service
public class RoadmapCatalog {

    private static final Logger log = LoggerFactory.getLogger(RoadmapCatalog.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile boolean anyRoadmapKnown;

    RoadmapCatalog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Replaces the roadmap and its topic list with the published version, unless the catalogue already holds that
     * version or a newer one.
     *
     * @return true when the publication changed the catalogue
     */
    @Transactional
    public boolean apply(RoadmapPublished event) {
        RoadmapPublicationCheck.requireStorable(event);
        Integer stored = lockedVersion(event.roadmapId());
        if (!RoadmapVersionPolicy.shouldApply(stored, event.version())) {
            log.info("Roadmap {} version {} is not newer than the stored version {}: ignored", event.slug(),
                    event.version(), stored);
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        if (stored == null) {
            insertRoadmap(event, now);
        } else {
            jdbc.sql("UPDATE roadmap SET slug = :slug, title = :title, version = :version, updated_at = :now "
                            + "WHERE id = :id")
                    .param("slug", event.slug()).param("title", event.title()).param("version", event.version())
                    .param("now", now).param("id", event.roadmapId())
                    .update();
        }
        replaceTopics(event);
        // Only a committed roadmap makes the service ready; the inbox may still roll the transaction back.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                anyRoadmapKnown = true;
            }
        });
        log.info("Roadmap {} is now at version {} with {} topics", event.slug(), event.version(),
                event.topics().size());
        return true;
    }

    public Optional<CatalogRoadmap> roadmap(String slug) {
        return jdbc.sql("SELECT id, slug, title, version FROM roadmap WHERE slug = :slug")
                .param("slug", slug)
                .query(CatalogRoadmap.class)
                .optional();
    }

    public Optional<CatalogTopic> topic(UUID roadmapId, String topicSlug) {
        return jdbc.sql("""
                        SELECT id, roadmap_id, slug, title, level, position FROM topic
                        WHERE roadmap_id = :roadmapId AND slug = :slug""")
                .param("roadmapId", roadmapId).param("slug", topicSlug)
                .query(CatalogTopic.class)
                .optional();
    }

    /** The roadmap's current topics in the content-service's order. */
    public List<CatalogTopic> topics(UUID roadmapId) {
        return jdbc.sql("""
                        SELECT id, roadmap_id, slug, title, level, position FROM topic
                        WHERE roadmap_id = :roadmapId ORDER BY position, slug""")
                .param("roadmapId", roadmapId)
                .query(CatalogTopic.class)
                .list();
    }

    /** Whether the catalogue can serve anything yet. Roadmaps are never removed, so once true it stays true. */
    public boolean knowsAnyRoadmap() {
        if (!anyRoadmapKnown) {
            anyRoadmapKnown = jdbc.sql("SELECT EXISTS (SELECT 1 FROM roadmap)").query(Boolean.class).single();
        }
        return anyRoadmapKnown;
    }

    // The row lock serialises two publications of one roadmap, so the version check and the write are atomic.
    private Integer lockedVersion(UUID roadmapId) {
        return jdbc.sql("SELECT version FROM roadmap WHERE id = :id FOR UPDATE")
                .param("id", roadmapId)
                .query(Integer.class)
                .optional()
                .orElse(null);
    }

    private void insertRoadmap(RoadmapPublished event, OffsetDateTime now) {
        int inserted = jdbc.sql("""
                        INSERT INTO roadmap (id, slug, title, version, updated_at)
                        VALUES (:id, :slug, :title, :version, :now) ON CONFLICT (id) DO NOTHING""")
                .param("id", event.roadmapId()).param("slug", event.slug()).param("title", event.title())
                .param("version", event.version()).param("now", now)
                .update();
        if (inserted == 0) {
            // Someone inserted the roadmap since we looked: a retry takes the locked path above.
            throw new TransientDataAccessResourceException("roadmap " + event.roadmapId() + " appeared concurrently");
        }
    }

    private void replaceTopics(RoadmapPublished event) {
        List<UUID> kept = event.topics().stream().map(RoadmapPublished.Topic::topicId).toList();
        if (kept.isEmpty()) {
            jdbc.sql("DELETE FROM topic WHERE roadmap_id = :roadmapId").param("roadmapId", event.roadmapId()).update();
        } else {
            jdbc.sql("DELETE FROM topic WHERE roadmap_id = :roadmapId AND id NOT IN (:kept)")
                    .param("roadmapId", event.roadmapId()).param("kept", kept)
                    .update();
        }
        for (RoadmapPublished.Topic topic : event.topics()) {
            jdbc.sql("""
                            INSERT INTO topic (id, roadmap_id, slug, title, level, position)
                            VALUES (:id, :roadmapId, :slug, :title, :level, :position)
                            ON CONFLICT (id) DO UPDATE SET roadmap_id = EXCLUDED.roadmap_id, slug = EXCLUDED.slug,
                                title = EXCLUDED.title, level = EXCLUDED.level, position = EXCLUDED.position""")
                    .param("id", topic.topicId()).param("roadmapId", event.roadmapId()).param("slug", topic.slug())
                    .param("title", topic.title()).param("level", topic.level()).param("position", topic.order())
                    .update();
        }
    }
}
