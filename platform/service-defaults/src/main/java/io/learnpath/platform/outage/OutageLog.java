package io.learnpath.platform.outage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;

/**
 * Says that a dependency the caller can do without for a while (Redis as a cache or a fan-out, Kafka behind the
 * outbox) went away, once when it goes and once when it is back, rather than once per failed command: during an
 * outage every request fails the same way, and a line each would bury everything else in the log. Whatever the
 * caller does instead (read the database, deliver locally, keep events in the outbox) it still does on every
 * failure; only the telling is once. While it lasts the outage's gauge (e.g. {@code learnpath.redis.down{use}}) is
 * 1, for a dashboard or an alert.
 */
public final class OutageLog {

    private final Logger log;
    private final String what;
    private final String meanwhile;
    private final Clock clock;
    private final AtomicReference<Instant> downSince = new AtomicReference<>();

    /**
     * @param gauge the gauge that is 1 during an outage ({@code learnpath.redis.down})
     * @param use what the dependency is used for here, the gauge's tag ("read-cache")
     * @param what what went away, as the log line names it ("Redis (the read cache)")
     * @param meanwhile what happens instead until it is back ("reads come from the database")
     */
    public OutageLog(Logger log, String gauge, String use, String what, String meanwhile, Clock clock,
            MeterRegistry meters) {
        this.log = log;
        this.what = what;
        this.meanwhile = meanwhile;
        this.clock = clock;
        Gauge.builder(gauge, this, outage -> outage.isDown() ? 1 : 0)
                .description("1 while " + what + " cannot be reached, else 0")
                .tag("use", use)
                .register(meters);
    }

    /** A Redis outage: the gauge {@code learnpath.redis.down{use}}. */
    public static OutageLog ofRedis(Logger log, String use, String what, String meanwhile, Clock clock,
            MeterRegistry meters) {
        return new OutageLog(log, "learnpath.redis.down", use, what, meanwhile, clock, meters);
    }

    /** A command failed: the first failure of an outage is a WARN, later ones only DEBUG. */
    public void failed(RuntimeException cause) {
        failed(cause.getMessage());
    }

    /** As {@link #failed(RuntimeException)}, for a caller that learns of the failure without an exception. */
    public void failed(String cause) {
        if (downSince.compareAndSet(null, clock.instant())) {
            log.warn("{} is unavailable ({}): {} until it is back", what, cause, meanwhile);
        } else {
            log.debug("{} still unavailable: {}", what, cause);
        }
    }

    /** A command succeeded: ends the outage, if there was one, with an INFO line. */
    public void succeeded() {
        // Called on every command that worked: a read, not a write, in the usual case that nothing was down.
        if (downSince.get() == null) {
            return;
        }
        Instant since = downSince.getAndSet(null);
        if (since != null) {
            log.info("{} is available again after {} s", what,
                    Duration.between(since, clock.instant()).toMillis() / 1000.0);
        }
    }

    /** Whether the last command failed. */
    public boolean isDown() {
        return downSince.get() != null;
    }
}
