package io.learnpath.auth.events;

import io.learnpath.platform.events.EventType;
import io.learnpath.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** The account's address changed, after the new one was verified; the old address no longer signs in. */
@EventType("learnpath.auth.email-changed.v1")
public record EmailChanged(UUID eventId, Instant occurredAt, UUID userId, String previousEmail, String email)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return userId.toString();
    }
}
