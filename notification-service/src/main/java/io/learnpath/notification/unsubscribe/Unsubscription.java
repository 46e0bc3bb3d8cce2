package io.learnpath.notification.unsubscribe;

import io.learnpath.notification.preferences.NotificationType;
import java.util.UUID;

/** What a valid unsubscribe link asks: no more mail of this type to this learner. */
public record Unsubscription(UUID learnerId, NotificationType type) {
}
