package io.learnpath.progress.summary;

import io.learnpath.progress.tracking.TopicStatus;
import java.time.Instant;

/** One topic of the summary; {@code updatedAt} is null for a topic the learner never touched. */
public record TopicProgress(String topicSlug, String title, String level, int order, TopicStatus status,
        Instant updatedAt) {
}
