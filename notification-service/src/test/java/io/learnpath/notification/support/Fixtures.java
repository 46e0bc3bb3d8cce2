package io.learnpath.notification.support;

import io.learnpath.auth.events.UserRegistered;
import io.learnpath.progress.events.TopicStatusChanged;
import java.time.Instant;
import java.util.UUID;

/** Events as the other services publish them. */
public final class Fixtures {

    private Fixtures() {
    }

    public static TopicStatusChanged statusChange(UUID learnerId, String topicTitle, String previous, String status) {
        String slug = topicTitle.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        return new TopicStatusChanged(UUID.randomUUID(), Instant.now(), learnerId, UUID.randomUUID(), "backend",
                UUID.randomUUID(), slug, topicTitle, previous, status);
    }

    public static TopicStatusChanged done(UUID learnerId, String topicTitle) {
        return statusChange(learnerId, topicTitle, "IN_PROGRESS", "DONE");
    }

    public static UserRegistered registered(UUID userId, String displayName) {
        return new UserRegistered(UUID.randomUUID(), Instant.now(), userId, "someone@example.com", displayName,
                "UTC");
    }

    /** A new account with an address of its own, so tests can tell whose mail is whose. */
    public static UserRegistered registered(UUID userId, String displayName, String email, String timeZone) {
        return new UserRegistered(UUID.randomUUID(), Instant.now(), userId, email, displayName, timeZone);
    }

    /** A unique address for a test learner. */
    public static String addressOf(UUID learnerId) {
        return "learner-" + learnerId + "@example.com";
    }
}
