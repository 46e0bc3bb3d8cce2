package io.learnpath.progress.guidance;

import io.learnpath.progress.tracking.TopicStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * Where the learner left off: the topic they changed last, and a roadmap that lists it (the one they follow it
 * in, when several do, cannot be told from the status, which belongs to the topic).
 */
public record ResumePoint(String roadmapSlug, String roadmapTitle, UUID topicId, String topicSlug, String title,
        TopicStatus status, Instant updatedAt) {
}
