package io.learnpath.notification.contacts;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.UUID;

/** Where to mail a learner, how to greet them, and the zone their days are counted in. */
public record LearnerContact(UUID learnerId, String email, String displayName, ZoneId timeZone) {

    /** The zone of a learner who never said (named "UTC", as the auth-service names it, not "Z"). */
    public static final ZoneId UTC = ZoneId.of("UTC");

    /**
     * The zone a stored name stands for. The auth-service validates zones; an unknown one (a zone retired from the
     * JDK's database) counts as UTC rather than failing every mail and reminder of the learner.
     */
    public static ZoneId zoneOrUtc(String name) {
        try {
            return name == null || name.isBlank() ? UTC : ZoneId.of(name);
        } catch (DateTimeException e) {
            return UTC;
        }
    }
}
