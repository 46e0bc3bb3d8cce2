package io.learnpath.auth.events;

import io.learnpath.platform.events.EventType;
import io.learnpath.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * The learner's profile as it is now, after a change. Carries the whole profile rather than the changed field,
 * so a consumer keeps the latest and never merges.
 *
 * @param timeZone an IANA zone id such as {@code Europe/Paris}: where the learner's days begin and end (streaks)
 */
@EventType("learnpath.auth.profile-changed.v1")
public record ProfileChanged(UUID eventId, Instant occurredAt, UUID userId, String displayName, String timeZone)
        implements IntegrationEvent {

    @Override
    public String subject() {
        return userId.toString();
    }
}
