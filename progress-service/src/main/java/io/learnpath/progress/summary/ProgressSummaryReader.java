package io.learnpath.progress.summary;

import io.learnpath.platform.domain.NotFoundException;
import io.learnpath.progress.catalog.CatalogRoadmap;
import io.learnpath.progress.catalog.CatalogTopic;
import io.learnpath.progress.catalog.RoadmapCatalog;
import io.learnpath.progress.goals.GoalProgress;
import io.learnpath.progress.goals.RoadmapGoals;
import io.learnpath.progress.goals.policy.GoalPace;
import io.learnpath.progress.tracking.RecordedStatus;
import io.learnpath.progress.tracking.TopicStatus;
import io.learnpath.progress.tracking.TopicStatuses;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a learner's summary of one roadmap. Both reads are bounded by the roadmap's size: the catalogue's topics
 * by roadmap, then the learner's statuses on exactly those topics ({@link TopicStatuses#of}), so the cost does not
 * grow with the number of learners or of stored statuses. A status belongs to the topic, so a topic shared by
 * several roadmaps counts with the same status in each; statuses of topics no longer on the roadmap are left out.
 */
@Service
public class ProgressSummaryReader {

    private final RoadmapCatalog catalog;
    private final TopicStatuses statuses;
    private final RoadmapGoals goals;

    ProgressSummaryReader(RoadmapCatalog catalog, TopicStatuses statuses, RoadmapGoals goals) {
        this.catalog = catalog;
        this.statuses = statuses;
        this.goals = goals;
    }

    // One snapshot for both reads, so a catalogue update between them cannot mix two versions.
    @Transactional(readOnly = true)
    public ProgressSummary summary(UUID learnerId, String roadmapSlug) {
        return summary(learnerId, catalog.roadmap(roadmapSlug)
                .orElseThrow(() -> new NotFoundException("roadmap", roadmapSlug)));
    }

    /** The summary of a roadmap already looked up (the overview's), in the caller's transaction. */
    ProgressSummary summary(UUID learnerId, CatalogRoadmap roadmap) {
        List<CatalogTopic> current = catalog.topics(roadmap);
        Map<UUID, RecordedStatus> recorded = statuses.of(learnerId, current.stream().map(CatalogTopic::id).toList());
        List<TopicProgress> topics = current.stream()
                .map(topic -> progress(topic, recorded.get(topic.id())))
                .toList();
        ProgressSummary summary = ProgressSummary.of(roadmap.slug(), roadmap.title(), topics);
        // One lookup by key, whatever the roadmap's size.
        return goals.forSummary(learnerId, roadmap.id())
                .map(goal -> summary.withGoal(measure(goal, summary, topics)))
                .orElse(summary);
    }

    /**
     * The recent pace counts the roadmap's topics that are done or skipped now and got there within the window:
     * the statuses' own times, already read, so the goal costs no query of the history. A topic finished and then
     * reopened does not count, which is what "pace towards the goal" means.
     */
    private static GoalProgress measure(RoadmapGoals.DatedGoal goal, ProgressSummary summary,
            List<TopicProgress> topics) {
        Instant windowStart = goal.today().minusDays(GoalPace.WINDOW_DAYS - 1).atStartOfDay(goal.zone()).toInstant();
        int finishedInWindow = (int) topics.stream()
                .filter(topic -> topic.status() == TopicStatus.DONE || topic.status() == TopicStatus.SKIPPED)
                .filter(topic -> !topic.updatedAt().isBefore(windowStart))
                .count();
        int remaining = summary.total() - summary.done() - summary.skipped();
        return GoalPace.of(goal.goal().targetDate(), goal.today(), remaining, finishedInWindow);
    }

    private static TopicProgress progress(CatalogTopic topic, RecordedStatus recorded) {
        return recorded == null
                ? new TopicProgress(topic.slug(), topic.title(), topic.level(), topic.position(),
                        TopicStatus.NOT_STARTED, null)
                : new TopicProgress(topic.slug(), topic.title(), topic.level(), topic.position(), recorded.status(),
                        recorded.updatedAt());
    }
}
