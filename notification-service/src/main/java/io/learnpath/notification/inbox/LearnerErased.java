package io.learnpath.notification.inbox;

import java.util.UUID;

/**
 * A learner's notifications were erased and the erasure has committed. What holds the learner's notifications
 * outside the database (their live streams) listens to this, as it does to {@link NotificationCreated}.
 */
public record LearnerErased(UUID learnerId) {
}
