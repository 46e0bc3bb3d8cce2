package io.learnpath.progress.tracking;

import io.learnpath.progress.catalog.CatalogRoadmap;
import io.learnpath.progress.catalog.CatalogTopic;
import io.learnpath.progress.catalog.RoadmapCatalog;
import io.learnpath.progress.export.LearnerDataSection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The learner's statuses in the export. A status is the topic's, but a learner finds a topic under a roadmap: the
 * row is repeated for each roadmap that lists the topic, with the same status. A topic that no roadmap lists any
 * more (its status stays in the history) has one row, with only its id.
 */
@Component
@Order(10)
class StatusExportSection implements LearnerDataSection<StatusExportSection.ExportedStatus> {

    private final TopicStatusStore statuses;
    private final RoadmapCatalog catalog;

    StatusExportSection(TopicStatusStore statuses, RoadmapCatalog catalog) {
        this.statuses = statuses;
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return "statuses";
    }

    @Override
    public Class<ExportedStatus> rowType() {
        return ExportedStatus.class;
    }

    @Override
    public List<ExportedStatus> rowsOf(UUID learnerId) {
        List<RecordedStatus> recorded = statuses.allOf(learnerId);
        Map<UUID, List<CatalogTopic>> copies = catalog.memberships(recorded.stream().map(RecordedStatus::topicId)
                .toList()).stream().collect(Collectors.groupingBy(CatalogTopic::id));
        Map<UUID, CatalogRoadmap> roadmaps = new HashMap<>();
        List<ExportedStatus> rows = new ArrayList<>();
        for (RecordedStatus status : recorded) {
            List<CatalogTopic> listed = copies.getOrDefault(status.topicId(), List.of());
            if (listed.isEmpty()) {
                rows.add(new ExportedStatus(status.topicId(), null, null, null, null, status.status(),
                        status.updatedAt()));
            }
            for (CatalogTopic topic : listed) {
                // A learner's topics lie on a handful of roadmaps: one lookup each.
                CatalogRoadmap roadmap = roadmaps.computeIfAbsent(topic.roadmapId(),
                        id -> catalog.roadmap(id).orElseThrow());
                rows.add(new ExportedStatus(topic.id(), topic.slug(), topic.title(), roadmap.slug(), roadmap.title(),
                        status.status(), status.updatedAt()));
            }
        }
        return rows;
    }

    /** A status as a roadmap lists its topic; the roadmap and topic fields are null for a topic no roadmap lists. */
    public record ExportedStatus(UUID topicId, String topicSlug, String topicTitle, String roadmapSlug,
            String roadmapTitle, TopicStatus status, Instant updatedAt) {
    }
}
