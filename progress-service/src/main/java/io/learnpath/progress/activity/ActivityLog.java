package io.learnpath.progress.activity;

import io.learnpath.platform.paging.Page;
import io.learnpath.platform.paging.PageQuery;
import io.learnpath.progress.activity.policy.CalendarRange;
import io.learnpath.progress.timezone.LearnerTimeZones;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a learner's activity: the log, the calendar, and the days streaks are counted from. */
@Service
@EnableConfigurationProperties(ActivityProperties.class)
public class ActivityLog {

    private final ActivityStore store;
    private final LearnerTimeZones timeZones;
    private final ActivityProperties properties;
    private final Clock clock;

    ActivityLog(ActivityStore store, LearnerTimeZones timeZones, ActivityProperties properties, Clock clock) {
        this.store = store;
        this.timeZones = timeZones;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<LearnerActivity> page(UUID learnerId, PageQuery page) {
        return Page.of(store.page(learnerId, page.offset(), page.size()), page, store.count(learnerId));
    }

    /** The learning per day over a range of the learner's days (by default the last year up to their today). */
    @Transactional(readOnly = true)
    public ActivityCalendar calendar(UUID learnerId, LocalDate from, LocalDate to) {
        ZoneId zone = timeZones.zoneOf(learnerId);
        CalendarRange range = CalendarRange.of(from, to, LocalDate.now(clock.withZone(zone)),
                properties.calendarMaxDays());
        List<DayCount> days = store.countsPerDay(learnerId, range.from(), range.to());
        return new ActivityCalendar(range.from(), range.to(), zone.getId(), days.size(),
                days.stream().mapToInt(DayCount::count).sum(), days);
    }

    /** Every day the learner learnt on, oldest first. */
    @Transactional(readOnly = true)
    public List<LocalDate> activeDays(UUID learnerId) {
        return store.activeDays(learnerId);
    }

    List<LearnerActivity> allOf(UUID learnerId) {
        return store.allOf(learnerId);
    }

    void eraseAllOf(UUID learnerId) {
        store.deleteAllOf(learnerId);
    }
}
