package io.learnpath.progress.summary;

import io.learnpath.progress.tracking.TopicStatus;
import io.learnpath.progress.summary.policy.PercentComplete;
import java.util.List;

/** A learner's standing on one roadmap: counts per status over the roadmap's current topics, and each topic. */
public record ProgressSummary(String roadmapSlug, String roadmapTitle, int total, int done, int inProgress,
        int skipped, int notStarted, double percent, List<TopicProgress> topics) {

    static ProgressSummary of(String roadmapSlug, String roadmapTitle, List<TopicProgress> topics) {
        int done = count(topics, TopicStatus.DONE);
        return new ProgressSummary(roadmapSlug, roadmapTitle, topics.size(), done,
                count(topics, TopicStatus.IN_PROGRESS), count(topics, TopicStatus.SKIPPED),
                count(topics, TopicStatus.NOT_STARTED), PercentComplete.of(done, topics.size()), List.copyOf(topics));
    }

    private static int count(List<TopicProgress> topics, TopicStatus status) {
        return (int) topics.stream().filter(topic -> topic.status() == status).count();
    }
}
