package io.learnpath.progress.summary;

import io.learnpath.platform.web.ProblemException;
import io.learnpath.progress.catalog.CatalogRoadmap;
import io.learnpath.progress.catalog.CatalogTopic;
import io.learnpath.progress.catalog.RoadmapCatalog;
import io.learnpath.progress.tracking.TopicStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a learner's summary of one roadmap. Both queries are bounded by the roadmap's size: the catalogue's topics
 * by roadmap, the learner's statuses through the (learner_id, roadmap_id) index, so the cost does not grow with the
 * number of learners or of stored statuses. Statuses of topics no longer in the catalogue are left out.
 */
@Service
public class ProgressSummaryReader {

    /** A learner's statuses on one roadmap; answered from the (learner_id, roadmap_id) index. */
    static final String STATUSES_ON_ROADMAP = """
            SELECT topic_id, status, updated_at FROM topic_status
            WHERE learner_id = :learner AND roadmap_id = :roadmap""";

    private record StoredStatus(TopicStatus status, Instant updatedAt) {
    }

    private final RoadmapCatalog catalog;
    private final JdbcClient jdbc;

    ProgressSummaryReader(RoadmapCatalog catalog, JdbcClient jdbc) {
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    // One snapshot for both queries, so a catalogue update between them cannot mix two versions.
    @Transactional(readOnly = true)
    public ProgressSummary summary(UUID learnerId, String roadmapSlug) {
        CatalogRoadmap roadmap = catalog.roadmap(roadmapSlug)
                .orElseThrow(() -> ProblemException.notFound("roadmap", roadmapSlug));
        Map<UUID, StoredStatus> statuses = statuses(learnerId, roadmap.id());
        List<TopicProgress> topics = catalog.topics(roadmap.id()).stream()
                .map(topic -> progress(topic, statuses.get(topic.id())))
                .toList();
        return ProgressSummary.of(roadmap.slug(), roadmap.title(), topics);
    }

    private Map<UUID, StoredStatus> statuses(UUID learnerId, UUID roadmapId) {
        Map<UUID, StoredStatus> byTopic = new HashMap<>();
        jdbc.sql(STATUSES_ON_ROADMAP)
                .param("learner", learnerId).param("roadmap", roadmapId)
                .query(rs -> {
                    byTopic.put(rs.getObject("topic_id", UUID.class),
                            new StoredStatus(TopicStatus.valueOf(rs.getString("status")),
                                    rs.getObject("updated_at", OffsetDateTime.class).toInstant()));
                });
        return byTopic;
    }

    private static TopicProgress progress(CatalogTopic topic, StoredStatus stored) {
        return stored == null
                ? new TopicProgress(topic.slug(), topic.title(), topic.level(), topic.position(),
                        TopicStatus.NOT_STARTED, null)
                : new TopicProgress(topic.slug(), topic.title(), topic.level(), topic.position(), stored.status(),
                        stored.updatedAt());
    }
}
