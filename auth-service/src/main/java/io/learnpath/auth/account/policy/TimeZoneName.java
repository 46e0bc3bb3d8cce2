package io.learnpath.auth.account.policy;

import java.time.ZoneId;
import java.util.Optional;

/**
 * A time zone as the IANA database names it ({@code Europe/Paris}, {@code America/Argentina/Buenos_Aires},
 * {@code UTC}). Fixed offsets such as {@code +02:00} are refused: they do not follow daylight saving time, so a
 * learner's days would start an hour off for half the year.
 */
public record TimeZoneName(String value) {

    public static final String DEFAULT = "UTC";

    public TimeZoneName {
        violation(value).ifPresent(problem -> {
            throw new IllegalArgumentException("timeZone " + problem);
        });
    }

    public static Optional<String> violation(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.of("is required");
        }
        // The JDK's list is the IANA database it ships (updated with each JDK release and tzupdater).
        return ZoneId.getAvailableZoneIds().contains(raw)
                ? Optional.empty()
                : Optional.of("must be an IANA time zone such as Europe/Paris or America/New_York");
    }

    @Override
    public String toString() {
        return value;
    }
}
