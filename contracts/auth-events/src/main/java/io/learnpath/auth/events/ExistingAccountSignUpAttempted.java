package io.learnpath.auth.events;

import io.learnpath.platform.events.EventType;
import io.learnpath.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * Someone tried to sign up with the address of an existing account. The sign-up was answered exactly like a
 * successful one, so only the owner learns of it, by mail: "if this was you, sign in or reset your password".
 */
@EventType("learnpath.auth.existing-account-sign-up-attempted.v1")
public record ExistingAccountSignUpAttempted(UUID eventId, Instant occurredAt, UUID userId, String email,
        String displayName) implements IntegrationEvent {

    @Override
    public String subject() {
        return userId.toString();
    }
}
