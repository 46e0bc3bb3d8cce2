package io.learnpath.progress.goals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A learner's target date for a roadmap, and when they set it; flat, so also a row of the export. */
public record RoadmapGoal(UUID roadmapId, String roadmapSlug, String roadmapTitle, LocalDate targetDate,
        Instant setAt) {
}
