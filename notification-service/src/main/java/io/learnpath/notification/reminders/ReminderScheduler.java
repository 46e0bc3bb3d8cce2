package io.learnpath.notification.reminders;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the reminders on every instance every {@code check-interval}; {@link Reminders} keeps each occasion once. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReminderProperties.class)
class ReminderScheduler {

    private final Reminders reminders;

    ReminderScheduler(Reminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelayString = "${learnpath.notifications.reminders.check-interval}",
            initialDelayString = "${learnpath.notifications.reminders.check-interval}")
    void sendDue() {
        reminders.sendDue();
    }
}
