package io.learnpath.auth.events;

import io.learnpath.platform.events.EventType;
import io.learnpath.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * An address must be proven: send {@code link} to {@code email}. The link holds a single-use secret that proves
 * whoever opens it reads that mailbox, so this event goes to the mailer and nowhere else, and is never logged.
 *
 * @param reason    {@code SIGN_UP}, {@code EMAIL_CHANGE} (the address is the new one; the account keeps its old
 *                  address until this one is verified) or {@code RESEND}
 * @param expiresAt after this the link is refused and the learner asks for a new one
 */
@EventType("learnpath.auth.email-verification-requested.v1")
public record EmailVerificationRequested(UUID eventId, Instant occurredAt, UUID userId, String email,
        String displayName, String link, Instant expiresAt, String reason) implements IntegrationEvent {

    @Override
    public String subject() {
        return userId.toString();
    }
}
