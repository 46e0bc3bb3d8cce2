package io.learnpath.progress.tracking;

import java.time.Instant;

/**
 * The answer to a status update. {@code previousStatus} equals {@code status} when nothing changed, and
 * {@code updatedAt} is then the time of the last real change (null for NOT_STARTED on a topic never touched).
 */
public record StatusChange(String roadmapSlug, String topicSlug, TopicStatus status, TopicStatus previousStatus,
        Instant updatedAt) {

    public boolean changed() {
        return status != previousStatus;
    }
}
