package io.learnpath.progress.following;

import java.time.Instant;
import java.util.UUID;

/** A roadmap the learner follows, and since when (the first follow, explicit or implied by their first start). */
public record FollowedRoadmap(UUID roadmapId, String roadmapSlug, String roadmapTitle, Instant followedAt) {
}
