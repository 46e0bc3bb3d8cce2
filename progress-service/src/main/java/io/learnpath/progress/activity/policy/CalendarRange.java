package io.learnpath.progress.activity.policy;

import io.learnpath.platform.domain.InvalidInputException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days a calendar request covers. Without bounds: the year up to the learner's today (a heatmap's usual
 * view). With one bound, the other follows from it. A range is at most {@code maxDays} long, so no request reads a
 * learner's whole history at once. Each bound lies in years 1 to 9999: ISO dates go to year 999,999,999, which
 * neither the arithmetic on the other bound nor PostgreSQL's {@code date} takes.
 */
public record CalendarRange(LocalDate from, LocalDate to) {

    private static final LocalDate FIRST = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    public static CalendarRange of(LocalDate from, LocalDate to, LocalDate today, int maxDays) {
        requireWithinTheYearsTaken("from", from);
        requireWithinTheYearsTaken("to", to);
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

    private static void requireWithinTheYearsTaken(String field, LocalDate date) {
        if (date != null && (date.isBefore(FIRST) || date.isAfter(LAST))) {
            throw new InvalidInputException(field, "must be between " + FIRST + " and " + LAST);
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
