package io.learnpath.progress.streaks;

import io.learnpath.progress.activity.ActivityLog;
import io.learnpath.progress.streaks.policy.StreakCalendar;
import io.learnpath.progress.timezone.LearnerTimeZones;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts a learner's streaks from the days of their activity log. Computed on each read rather than stored: the
 * days are a short list (one row per active day), and a stored count would have to be corrected at every
 * midnight of every time zone.
 */
@Service
public class Streaks {

    private final ActivityLog activity;
    private final LearnerTimeZones timeZones;
    private final Clock clock;

    Streaks(ActivityLog activity, LearnerTimeZones timeZones, Clock clock) {
        this.activity = activity;
        this.timeZones = timeZones;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Streak of(UUID learnerId) {
        ZoneId zone = timeZones.zoneOf(learnerId);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        StreakCalendar.Streaks streaks = StreakCalendar.of(activity.activeDays(learnerId), today);
        LocalDate last = streaks.lastActiveDay();
        return new Streak(streaks.current(), streaks.longest(), last != null && !last.isBefore(today), last, today,
                zone.getId());
    }

    /** The longest run of days the learner ever learnt on, wherever it lies. */
    @Transactional(readOnly = true)
    public int longest(UUID learnerId) {
        List<LocalDate> days = activity.activeDays(learnerId);
        return StreakCalendar.longest(days);
    }
}
