package io.learnpath.progress.summary;

import io.learnpath.progress.goals.GoalProgress;
import java.time.Instant;
import java.util.List;

/**
 * One followed roadmap in the learner's overview: the roadmap's summary without its topic list (a client opens
 * the roadmap's summary for those), and since when the learner follows it.
 */
public record RoadmapOverview(String roadmapSlug, String roadmapTitle, Instant followedAt, int total, int done,
        int inProgress, int skipped, int notStarted, double percent, List<LevelProgress> levels, GoalProgress goal) {

    static RoadmapOverview of(ProgressSummary summary, Instant followedAt) {
        return new RoadmapOverview(summary.roadmapSlug(), summary.roadmapTitle(), followedAt, summary.total(),
                summary.done(), summary.inProgress(), summary.skipped(), summary.notStarted(), summary.percent(),
                summary.levels(), summary.goal());
    }
}
