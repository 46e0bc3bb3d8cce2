package io.learnpath.platform.outbox;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Relays again what Kafka has not acknowledged (broker down, timeout), so an event is never lost while the
 * service keeps running. Modulith itself only retries on restart. Scheduled from
 * {@code learnpath.events.outbox.retry-interval}, read once through {@code EventsProperties}.
 */
public class OutboxRelayRetrier implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelayRetrier.class);

    private final IncompleteEventPublications incomplete;
    private final Duration interval;
    private final Duration olderThan;

    OutboxRelayRetrier(IncompleteEventPublications incomplete, Duration interval, Duration olderThan) {
        this.incomplete = incomplete;
        this.interval = interval;
        this.olderThan = olderThan;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::relayAgain, interval, interval));
    }

    void relayAgain() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
        } catch (RuntimeException e) {
            log.warn("Outbox relay retry failed, will try again: {}", e.getMessage());
        }
    }
}
