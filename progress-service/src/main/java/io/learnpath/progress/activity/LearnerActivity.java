package io.learnpath.progress.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One entry of a learner's activity log, flat so it is also a row of the export's CSV. {@code date} is the
 * learner's day when it happened, in the zone they had then ({@code timeZone}); names are as they were then.
 * Status fields are null for a self-check attempt, score fields for a status change.
 */
public record LearnerActivity(UUID id, ActivityKind kind, Instant occurredAt, LocalDate date, String timeZone,
        UUID roadmapId, String roadmapSlug, UUID topicId, String topicSlug, String topicTitle, String previousStatus,
        String status, Integer correct, Integer total, Boolean passed, boolean learning) {
}
