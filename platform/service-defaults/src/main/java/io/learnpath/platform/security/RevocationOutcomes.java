package io.learnpath.platform.security;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts what revocation did: {@code learnpath.security.revocation.checks{outcome=valid|revoked|unchecked}} for
 * every token checked, {@code learnpath.security.revocations{outcome=recorded|failed}} for every revocation. A
 * check that could not reach Redis lets the token through (see docs/architecture.md, "Revocation at once") and is
 * logged, but at most once a minute with the number since: during an outage every request fails the same way,
 * and a line per request would bury everything else in the log.
 */
final class RevocationOutcomes {

    private static final Logger log = LoggerFactory.getLogger(AccessTokenRevocations.class);
    private static final Duration LOG_INTERVAL = Duration.ofMinutes(1);

    private final Counter valid;
    private final Counter revoked;
    private final Counter unchecked;
    private final Counter recorded;
    private final Counter failed;
    private final Clock clock;
    private final AtomicReference<Instant> lastLogged = new AtomicReference<>(Instant.MIN);
    private final AtomicLong uncheckedSinceLastLog = new AtomicLong();

    RevocationOutcomes(MeterRegistry meters, Clock clock) {
        this.valid = check(meters, "valid");
        this.revoked = check(meters, "revoked");
        this.unchecked = check(meters, "unchecked");
        this.recorded = revocation(meters, "recorded");
        this.failed = revocation(meters, "failed");
        this.clock = clock;
    }

    void valid() {
        valid.increment();
    }

    void revoked() {
        revoked.increment();
    }

    void unchecked(Throwable cause) {
        unchecked.increment();
        long since = uncheckedSinceLastLog.incrementAndGet();
        Instant now = clock.instant();
        Instant last = lastLogged.get();
        if (now.isAfter(last.plus(LOG_INTERVAL)) && lastLogged.compareAndSet(last, now)) {
            uncheckedSinceLastLog.addAndGet(-since);
            log.warn("Redis unreachable: {} access token(s) let through without a revocation check since the last "
                    + "report ({})", since, cause.toString());
        }
    }

    void recorded() {
        recorded.increment();
    }

    void failed(UUID subject, Throwable cause) {
        failed.increment();
        log.error("Could not record the revocation of the access tokens of {}; they stay valid until they expire",
                subject, cause);
    }

    private static Counter check(MeterRegistry meters, String outcome) {
        return Counter.builder("learnpath.security.revocation.checks")
                .description("Access tokens checked against the revocations in Redis, by outcome")
                .tag("outcome", outcome)
                .register(meters);
    }

    private static Counter revocation(MeterRegistry meters, String outcome) {
        return Counter.builder("learnpath.security.revocations")
                .description("Revocations of every access token of a learner, by outcome")
                .tag("outcome", outcome)
                .register(meters);
    }
}
