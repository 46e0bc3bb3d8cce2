package io.learnpath.auth.events;

import io.learnpath.platform.events.EventType;
import io.learnpath.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * The account is gone, at its owner's request. Every service erases what it holds about this user (progress,
 * notes, notifications, copies of the email address) when it reads this; nothing else will ask again.
 */
@EventType("learnpath.auth.user-deleted.v1")
public record UserDeleted(UUID eventId, Instant occurredAt, UUID userId) implements IntegrationEvent {

    @Override
    public String subject() {
        return userId.toString();
    }
}
