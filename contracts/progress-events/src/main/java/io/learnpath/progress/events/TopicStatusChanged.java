package io.learnpath.progress.events;

import io.learnpath.platform.events.EventType;
import io.learnpath.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A learner moved a topic to another status. Only real changes are published: setting the status a topic already
 * has publishes nothing. Keyed by the learner id so one learner's changes stay in order.
 *
 * <p>Statuses are strings (NOT_STARTED, IN_PROGRESS, DONE, SKIPPED) so that a consumer built before a new status
 * existed still reads the event.
 */
@EventType("learnpath.progress.topic-status-changed.v1")
public record TopicStatusChanged(UUID eventId, Instant occurredAt, UUID learnerId, UUID roadmapId,
        String roadmapSlug, UUID topicId, String topicSlug, String topicTitle, String previousStatus,
        String status) implements IntegrationEvent {

    @Override
    public String subject() {
        return learnerId.toString();
    }
}
