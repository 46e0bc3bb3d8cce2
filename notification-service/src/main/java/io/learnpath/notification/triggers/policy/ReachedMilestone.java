package io.learnpath.notification.triggers.policy;

import java.util.UUID;

/**
 * What the milestone rule needs of a {@code MilestoneReached}, in this service's own terms; the roadmap and level
 * fields are null for milestones that have none (a streak, the first topic).
 */
public record ReachedMilestone(UUID eventId, UUID learnerId, String milestone, String kind, int threshold,
        String title, String roadmapSlug, String roadmapTitle, String level) {
}
