package io.learnpath.notification.inbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Counts notifications that reached an inbox, only once their transaction has committed. */
@Component
class InAppDeliveryCounter {

    private final Counter delivered;

    InAppDeliveryCounter(MeterRegistry meters) {
        this.delivered = Counter.builder("learnpath.notifications.delivered").tag("channel", "in_app")
                .description("Notifications delivered, by channel").register(meters);
    }

    @TransactionalEventListener
    void on(NotificationCreated created) {
        delivered.increment();
    }
}
