package io.learnpath.platform.outbox;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Relays again what Kafka has not acknowledged (broker down, timeout), so an event is never lost while the
 * service keeps running. Modulith itself only retries on restart.
 */
public class OutboxRelayRetrier {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelayRetrier.class);

    private final IncompleteEventPublications incomplete;
    private final Duration olderThan;

    OutboxRelayRetrier(IncompleteEventPublications incomplete, Duration olderThan) {
        this.incomplete = incomplete;
        this.olderThan = olderThan;
    }

    @Scheduled(fixedDelayString = "${learnpath.events.outbox.retry-interval:30s}",
            initialDelayString = "${learnpath.events.outbox.retry-interval:30s}")
    void relayAgain() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
        } catch (RuntimeException e) {
            log.warn("Outbox relay retry failed, will try again: {}", e.getMessage());
        }
    }
}
