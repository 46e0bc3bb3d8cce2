package io.learnpath.notification.email;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A mail a feature wants sent.
 *
 * @param kind           the template's name, e.g. {@code verify-email}; also the mail's kind in counters and history
 * @param model          what the templates insert (always HTML-escaped in the HTML part)
 * @param sourceKey      the occasion, unique: queuing the same key again does nothing
 * @param unsubscribeUrl the RFC 8058 one-click target, or null for mail nobody may unsubscribe from
 * @param notBefore      not sent before this (the end of the learner's quiet hours), or now
 * @param eraseWhenFinal the row is deleted once the mail is sent or given up (the farewell of a deleted account)
 */
public record NewEmail(UUID learnerId, String kind, String recipient, Map<String, Object> model, String sourceKey,
        String unsubscribeUrl, Instant notBefore, boolean eraseWhenFinal) {

    public NewEmail {
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(notBefore, "notBefore");
        // Unmodifiable but null-tolerant: a template shows an absent value (no display name) its own way.
        model = model == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(model));
    }
}
