package io.learnpath.auth.events;

import io.learnpath.platform.events.EventType;
import io.learnpath.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** Two-step sign-in was turned off for the account. Tell the owner. */
@EventType("learnpath.auth.mfa-disabled.v1")
public record MfaDisabled(UUID eventId, Instant occurredAt, UUID userId, String email, String displayName)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return userId.toString();
    }
}
