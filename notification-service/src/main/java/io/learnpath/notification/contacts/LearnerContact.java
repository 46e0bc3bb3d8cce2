package io.learnpath.notification.contacts;

import java.time.ZoneId;
import java.util.UUID;

/** Where to mail a learner, how to greet them, and the zone their days are counted in. */
public record LearnerContact(UUID learnerId, String email, String displayName, ZoneId timeZone) {
}
