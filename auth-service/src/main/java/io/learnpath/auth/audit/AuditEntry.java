package io.learnpath.auth.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of an account's audit trail, as admins (and the account's owner) read it.
 *
 * @param actorId       who acted when it was not the account itself (an admin), else null
 * @param remoteAddress the peer that reached the auth-service (the gateway, in a normal deployment)
 * @param forwardedFor  the client's address as the gateway forwarded it
 */
public record AuditEntry(long id, UUID accountId, UUID actorId, AuditAction action, String detail,
        String remoteAddress, String forwardedFor, String userAgent, Instant occurredAt) {
}
