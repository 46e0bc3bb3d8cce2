package io.learnpath.progress.timezone;

import java.time.ZoneId;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Where each learner's days begin and end, for everything that counts days (activity calendar, streaks, goals).
 * A learner the auth-service has not told us about yet (or who never chose) is on UTC, as the auth-service's own
 * default is.
 */
@Service
public class LearnerTimeZones {

    /** Named, not the offset {@code Z}: what the API shows as the learner's zone. */
    public static final ZoneId UTC = ZoneId.of("UTC");

    private final LearnerTimeZoneStore store;

    LearnerTimeZones(LearnerTimeZoneStore store) {
        this.store = store;
    }

    public ZoneId zoneOf(UUID learnerId) {
        return store.zoneOf(learnerId).orElse(UTC);
    }
}
