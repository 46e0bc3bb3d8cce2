package io.learnpath.progress.events;

import io.learnpath.platform.events.EventType;
import io.learnpath.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A learner started a roadmap over: its topics went back to NOT_STARTED, each also published as its own
 * {@link TopicStatusChanged}, so a consumer that follows statuses needs nothing from this event. It is the fact
 * that the learner chose to start over (a notification, an activity log, a milestone that must not fire again on
 * the way back up), with how many topics it moved. Published only when at least one topic changed.
 *
 * <p>{@code keptTopics} counts the roadmap's started topics that were left as they were because another roadmap
 * the learner follows also lists them: a status belongs to the topic, and resetting one roadmap does not undo the
 * learner's progress on another.
 */
@EventType("learnpath.progress.roadmap-progress-reset.v1")
public record RoadmapProgressReset(UUID eventId, Instant occurredAt, UUID learnerId, UUID roadmapId,
        String roadmapSlug, int resetTopics, int keptTopics) implements IntegrationEvent {

    @Override
    public String subject() {
        return learnerId.toString();
    }
}
