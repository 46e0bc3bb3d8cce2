package io.learnpath.notification.preferences;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.Instant;
import java.util.Objects;

/**
 * Hours of the learner's own day in which no mail and no reminder reaches them. {@code start} after {@code end}
 * crosses midnight (22:00 to 07:00). Start is inside, end is not.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public QuietHours {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.equals(end)) {
            throw new IllegalArgumentException("quiet hours must not start and end at the same time");
        }
    }

    public boolean contains(LocalTime time) {
        return start.isBefore(end)
                ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
    }

    /**
     * {@code at} itself when it is outside the quiet hours in {@code zone}, else the instant they end. On a day when
     * the clocks jump over the end time, the end is the first instant after the jump.
     */
    public Instant releaseTime(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        if (!contains(local.toLocalTime())) {
            return at;
        }
        ZonedDateTime end = local.with(this.end);
        if (!end.isAfter(local)) {
            end = local.toLocalDate().plusDays(1).atTime(this.end).atZone(zone);
        }
        return end.toInstant();
    }
}
