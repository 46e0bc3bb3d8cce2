package io.learnpath.auth.events;

import io.learnpath.platform.events.EventType;
import io.learnpath.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * The owner of {@code email} asked to reset a forgotten password: send {@code link}. The link holds a
 * single-use secret that lets its holder choose a new password, so this event goes to the mailer only.
 */
@EventType("learnpath.auth.password-reset-requested.v1")
public record PasswordResetRequested(UUID eventId, Instant occurredAt, UUID userId, String email,
        String displayName, String link, Instant expiresAt) implements IntegrationEvent {

    @Override
    public String subject() {
        return userId.toString();
    }
}
