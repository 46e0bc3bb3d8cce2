package io.learnpath.progress.events;

import io.learnpath.platform.events.EventType;
import io.learnpath.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A learner reached a milestone, for the first and only time: each {@code milestone} id is published once per
 * learner. Keyed by the learner id, in order with their {@link TopicStatusChanged} events.
 *
 * <p>Every field is always present (the contract test forbids nulls): what only some kinds have is a list of zero
 * or one, {@code roadmaps} (empty for a streak) and {@code levels} (the completed level, only for LEVEL_COMPLETED).
 *
 * @param milestone a stable id, unique per learner: {@code first-topic-done}, {@code streak-7},
 *                  {@code roadmap-<roadmapId>-percent-50}, {@code roadmap-<roadmapId>-level-basic}
 * @param kind      FIRST_TOPIC_DONE, LEVEL_COMPLETED, ROADMAP_PERCENT or STREAK_DAYS; more may come
 * @param threshold the percent (25, 50, 75, 100; 100 for a level), the streak's days (7, 30, 100), or 1
 * @param title     a sentence a notification can show as it is
 */
@EventType("learnpath.progress.milestone-reached.v1")
public record MilestoneReached(UUID eventId, Instant occurredAt, UUID learnerId, String milestone, String kind,
        int threshold, String title, List<Roadmap> roadmaps, List<String> levels) implements IntegrationEvent {

    public MilestoneReached {
        roadmaps = roadmaps == null ? List.of() : List.copyOf(roadmaps);
        levels = levels == null ? List.of() : List.copyOf(levels);
    }

    /** The roadmap a milestone is about, named as it was when the milestone was reached. */
    public record Roadmap(UUID roadmapId, String slug, String title) {
    }

    @Override
    public String subject() {
        return learnerId.toString();
    }
}
