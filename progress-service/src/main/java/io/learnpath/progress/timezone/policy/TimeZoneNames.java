package io.learnpath.progress.timezone.policy;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/** Which time zone an auth event's {@code timeZone} names. */
public final class TimeZoneNames {

    private TimeZoneNames() {
    }

    /**
     * The zone, UTC when the event has none (events from before the field existed are still replayed), empty when
     * the name is no zone this JVM knows: a retry cannot make it one, so the caller dead-letters the event rather
     * than guess.
     */
    public static Optional<ZoneId> parse(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(ZoneId.of("UTC"));
        }
        try {
            return Optional.of(ZoneId.of(name.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
