package io.learnpath.auth.events;

import io.learnpath.platform.events.EventType;
import io.learnpath.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * The account's password changed and every sign-in of the account ended. Tell the owner, so a change they did
 * not make does not go unnoticed.
 *
 * @param reason {@code CHANGED} (signed in, with the old password) or {@code RESET} (through a reset link)
 */
@EventType("learnpath.auth.password-changed.v1")
public record PasswordChanged(UUID eventId, Instant occurredAt, UUID userId, String email, String displayName,
        String reason) implements IntegrationEvent {

    @Override
    public String subject() {
        return userId.toString();
    }
}
