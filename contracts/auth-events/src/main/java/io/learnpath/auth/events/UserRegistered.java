package io.learnpath.auth.events;

import io.learnpath.platform.events.EventType;
import io.learnpath.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A new account exists. Keyed by the user id, which is also the learner id everywhere else.
 *
 * @param timeZone the IANA zone the learner lives in ({@code UTC} unless they said); later changes come as
 *                 {@link ProfileChanged}
 */
@EventType("learnpath.auth.user-registered.v1")
public record UserRegistered(UUID eventId, Instant occurredAt, UUID userId, String email, String displayName,
        String timeZone)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return userId.toString();
    }
}
