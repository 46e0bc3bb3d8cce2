package io.learnpath.progress.guidance;

import io.learnpath.platform.domain.NotFoundException;
import io.learnpath.progress.catalog.CatalogRoadmap;
import io.learnpath.progress.catalog.CatalogTopic;
import io.learnpath.progress.catalog.RoadmapCatalog;
import io.learnpath.progress.catalog.policy.TopicLevels;
import io.learnpath.progress.guidance.policy.NextTopics;
import io.learnpath.progress.tracking.RecordedStatus;
import io.learnpath.progress.tracking.TopicStatus;
import io.learnpath.progress.tracking.TopicStatuses;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** "What next" on a roadmap and "resume where I left off", for the caller only, from the catalogue and statuses. */
@Service
public class LearnerGuidance {

    private final RoadmapCatalog catalog;
    private final TopicStatuses statuses;

    LearnerGuidance(RoadmapCatalog catalog, TopicStatuses statuses) {
        this.catalog = catalog;
        this.statuses = statuses;
    }

    /**
     * The roadmap's topics the learner can take up now, easiest level first, then in the roadmap's order.
     *
     * @throws NotFoundException for an unknown roadmap
     */
    @Transactional(readOnly = true)
    public List<NextTopic> next(UUID learnerId, String roadmapSlug, int limit) {
        CatalogRoadmap roadmap = catalog.roadmap(roadmapSlug)
                .orElseThrow(() -> new NotFoundException("roadmap", roadmapSlug));
        List<CatalogTopic> topics = catalog.topics(roadmap).stream()
                .sorted(Comparator.comparingInt(LearnerGuidance::levelRank).thenComparingInt(CatalogTopic::position))
                .toList();
        Set<UUID> relevant = new HashSet<>();
        topics.forEach(topic -> {
            relevant.add(topic.id());
            relevant.addAll(topic.prerequisites());
        });
        Map<UUID, RecordedStatus> recorded = statuses.of(learnerId, relevant);
        Set<UUID> finished = new HashSet<>();
        recorded.forEach((id, status) -> {
            if (status.status() == TopicStatus.DONE || status.status() == TopicStatus.SKIPPED) {
                finished.add(id);
            }
        });
        return NextTopics.of(topics, CatalogTopic::id, CatalogTopic::prerequisites, finished, limit).stream()
                .map(topic -> new NextTopic(topic.id(), topic.slug(), topic.title(), topic.level(),
                        topic.effortHours(), recorded.containsKey(topic.id()) ? recorded.get(topic.id()).status()
                                : TopicStatus.NOT_STARTED))
                .toList();
    }

    /** @throws NotFoundException when the learner has not touched any topic the catalogue still lists */
    @Transactional(readOnly = true)
    public ResumePoint resume(UUID learnerId) {
        RecordedStatus last = statuses.latest(learnerId)
                .orElseThrow(() -> new NotFoundException("resume point", learnerId));
        CatalogTopic topic = catalog.topicsById(List.of(last.topicId())).get(last.topicId());
        if (topic == null) {
            throw new NotFoundException("resume point", learnerId);
        }
        CatalogRoadmap roadmap = catalog.roadmap(topic.roadmapId()).orElseThrow();
        return new ResumePoint(roadmap.slug(), roadmap.title(), topic.id(), topic.slug(), topic.title(),
                last.status(), last.updatedAt());
    }

    // The known levels easiest first; a level this service does not know yet comes after them.
    private static int levelRank(CatalogTopic topic) {
        int rank = TopicLevels.KNOWN.indexOf(topic.level());
        return rank < 0 ? TopicLevels.KNOWN.size() : rank;
    }
}
