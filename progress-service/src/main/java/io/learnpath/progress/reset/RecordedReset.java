package io.learnpath.progress.reset;

import java.time.Instant;
import java.util.UUID;

/** A reset as recorded: when the learner started which roadmap over, and how many topics moved or kept theirs. */
public record RecordedReset(UUID id, UUID roadmapId, String roadmapSlug, String roadmapTitle, Instant resetAt,
        int resetTopics, int keptTopics) {
}
