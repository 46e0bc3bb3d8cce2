package io.learnpath.progress.streaks;

import io.learnpath.progress.activity.ActivityLog;
import io.learnpath.progress.activity.ActivityRecorded;
import io.learnpath.progress.erasure.LearnerErased;
import io.learnpath.progress.events.StudyDayRecorded;
import io.learnpath.progress.streaks.policy.StreakCalendar;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Publishes {@link StudyDayRecorded} once per learner and local day, in the transaction that logs the day's first
 * learning, with the streak that day makes (counted as {@code GET /api/progress/streak} counts it). The
 * notification-service reminds learners of streaks about to break and nudges quiet ones from it.
 *
 * <p>"First of the day" is decided by inserting into {@code study_day_announced}: under concurrent changes the
 * primary key lets exactly one transaction insert, and the others wait for it and insert nothing.
 */
@Component
class StudyDayAnnouncer {

    private final StudyDayStore days;
    private final ActivityLog activity;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StudyDayAnnouncer(StudyDayStore days, ActivityLog activity, ApplicationEventPublisher events, Clock clock) {
        this.days = days;
        this.activity = activity;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(ActivityRecorded recorded) {
        if (days.markAnnounced(recorded.learnerId(), recorded.day())) {
            int streak = StreakCalendar.of(activity.activeDays(recorded.learnerId()), recorded.day()).current();
            events.publishEvent(new StudyDayRecorded(UUID.randomUUID(), clock.instant(), recorded.learnerId(),
                    recorded.day(), recorded.timeZone(), streak));
        }
    }

    @EventListener
    void erase(LearnerErased erased) {
        days.eraseAllOf(erased.learnerId());
    }
}
