package io.learnpath.progress.guidance;

import io.learnpath.progress.tracking.TopicStatus;
import java.util.UUID;

/** A topic the learner can take up now: every prerequisite is done or skipped, and it is not. */
public record NextTopic(UUID topicId, String topicSlug, String title, String level, int effortHours,
        TopicStatus status) {
}
