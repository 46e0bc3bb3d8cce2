package io.learnpath.notification.contacts;

import java.time.ZoneId;
import java.util.UUID;

/** Where to mail a learner, how to greet them, and the zone their days are counted in. */
public record LearnerContact(UUID learnerId, String email, String displayName, ZoneId timeZone) {

    /** The zone of a learner who never said (named "UTC", as the auth-service names it, not "Z"). */
    public static final ZoneId UTC = ZoneId.of("UTC");
}
