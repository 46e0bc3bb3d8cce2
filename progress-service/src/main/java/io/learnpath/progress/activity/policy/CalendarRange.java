package io.learnpath.progress.activity.policy;

import io.learnpath.platform.domain.InvalidInputException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days a calendar request covers. Without bounds: the year up to the learner's today (a heatmap's usual
 * view). With one bound, the other follows from it. A range is at most {@code maxDays} long, so no request reads a
 * learner's whole history at once.
 */
public record CalendarRange(LocalDate from, LocalDate to) {

    public static CalendarRange of(LocalDate from, LocalDate to, LocalDate today, int maxDays) {
        LocalDate end = to != null ? to : from != null ? min(from.plusDays(364), today) : today;
        LocalDate start = from != null ? from : end.minusDays(364);
        if (start.isAfter(end)) {
            throw new InvalidInputException("from", "must not be after to (" + end + ")");
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        if (days > maxDays) {
            throw new InvalidInputException("to", "the range is " + days + " days long; at most " + maxDays
                    + " days may be asked at once");
        }
        return new CalendarRange(start, end);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
