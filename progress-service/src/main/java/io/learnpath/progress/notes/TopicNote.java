package io.learnpath.progress.notes;

import java.time.Instant;
import java.util.UUID;

/** A learner's note on a topic, as its owner reads it. */
public record TopicNote(UUID topicId, String topicSlug, String topicTitle, String body, Instant createdAt,
        Instant updatedAt) {
}
