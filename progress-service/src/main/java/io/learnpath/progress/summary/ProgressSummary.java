package io.learnpath.progress.summary;

import io.learnpath.progress.catalog.policy.TopicLevels;
import io.learnpath.progress.goals.GoalProgress;
import io.learnpath.progress.summary.policy.PercentComplete;
import io.learnpath.progress.tracking.TopicStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A learner's standing on one roadmap: counts per status over the roadmap's current topics, total, done and percent
 * per level, and each topic. Percent complete is (done + skipped) / total. {@code levels} always lists the known levels, easiest first (a client can lay them out
 * without checking), then any level the service does not know yet, in the order the topics bring them.
 * {@code goal} is null unless the learner set a target date for the roadmap.
 */
public record ProgressSummary(String roadmapSlug, String roadmapTitle, int total, int done, int inProgress,
        int skipped, int notStarted, double percent, List<LevelProgress> levels, List<TopicProgress> topics,
        GoalProgress goal) {

    /** The same summary measured against the learner's goal for the roadmap. */
    ProgressSummary withGoal(GoalProgress goal) {
        return new ProgressSummary(roadmapSlug, roadmapTitle, total, done, inProgress, skipped, notStarted, percent,
                levels, topics, goal);
    }

    static ProgressSummary of(String roadmapSlug, String roadmapTitle, List<TopicProgress> topics) {
        int done = count(topics, TopicStatus.DONE);
        int skipped = count(topics, TopicStatus.SKIPPED);
        // A skipped topic is one the learner decided they need not learn here: it counts as behind them.
        return new ProgressSummary(roadmapSlug, roadmapTitle, topics.size(), done,
                count(topics, TopicStatus.IN_PROGRESS), skipped, count(topics, TopicStatus.NOT_STARTED),
                PercentComplete.of(done + skipped, topics.size()), levels(topics), List.copyOf(topics), null);
    }

    private static List<LevelProgress> levels(List<TopicProgress> topics) {
        Map<String, List<TopicProgress>> byLevel = new LinkedHashMap<>();
        TopicLevels.KNOWN.forEach(level -> byLevel.put(level, new ArrayList<>()));
        topics.forEach(topic -> byLevel.computeIfAbsent(topic.level(), level -> new ArrayList<>()).add(topic));
        return byLevel.entrySet().stream()
                .map(level -> {
                    int done = count(level.getValue(), TopicStatus.DONE);
                    int finished = done + count(level.getValue(), TopicStatus.SKIPPED);
                    int total = level.getValue().size();
                    return new LevelProgress(level.getKey(), total, done, PercentComplete.of(finished, total));
                })
                .toList();
    }

    private static int count(List<TopicProgress> topics, TopicStatus status) {
        return (int) topics.stream().filter(topic -> topic.status() == status).count();
    }
}
