package io.learnpath.notification.email;

import java.time.Instant;
import java.util.UUID;

/**
 * One mail in a learner's history (never its body).
 *
 * @param status    PENDING, SENT or FAILED
 * @param lastError why the last try failed, if it did
 */
public record EmailRecord(UUID id, String kind, String recipient, String subject, String status, int attempts,
        Instant createdAt, Instant sentAt, String lastError) {
}
