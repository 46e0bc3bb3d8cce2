package io.learnpath.notification.reminders;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When reminders go out ({@code learnpath.notifications.reminders}); every time of day is the learner's own.
 *
 * @param checkInterval   how often each instance looks for reminders that are due
 * @param streakReminderAt from this time on, a learner who studied yesterday but not yet today is reminded that
 *                        their streak ends at midnight
 * @param inactiveDays    days without learning after which a learner gets a nudge (once per quiet spell)
 * @param nudgeAt         the time of day nudges go out from
 * @param digestDay       the day the weekly digest (of the week before) goes out
 * @param digestAt        the time of day it goes out from
 * @param batchSize       learners read per query while looking
 */
@ConfigurationProperties("learnpath.notifications.reminders")
public record ReminderProperties(Duration checkInterval, LocalTime streakReminderAt, int inactiveDays,
        LocalTime nudgeAt, DayOfWeek digestDay, LocalTime digestAt, int batchSize) {
}
