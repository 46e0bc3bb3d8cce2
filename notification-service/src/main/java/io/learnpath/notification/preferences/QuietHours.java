package io.learnpath.notification.preferences;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
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
     * {@code at} itself when it is outside the quiet hours in {@code zone}, else the instant they end. On a night when
     * the clocks jump over the end time, they end at the jump.
     */
    public Instant releaseTime(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        if (!contains(local.toLocalTime())) {
            return at;
        }
        Instant end = instantOf(local.toLocalDate().atTime(this.end), zone);
        return end.isAfter(at) ? end : instantOf(local.toLocalDate().plusDays(1).atTime(this.end), zone);
    }

    // java.time would move a time in a gap forward by the gap's length (02:30 to 03:30); the quiet hours are over
    // as soon as the clocks jump past their end.
    private static Instant instantOf(LocalDateTime local, ZoneId zone) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        return transition != null && transition.isGap() ? transition.getInstant() : local.atZone(zone).toInstant();
    }
}
