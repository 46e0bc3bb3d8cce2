package io.learnpath.platform.messaging;

import io.learnpath.platform.outage.OutageLog;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Says once when the Kafka cluster becomes unreachable and once when it is back, with the gauge
 * {@code learnpath.kafka.down{use="events"}} 1 meanwhile. Kafka's own clients say it
 * instead with a warning per client per reconnect attempt (hundreds a minute from each service), which the platform's
 * defaults turn down to errors ({@code KAFKA_CLIENT_LOG_LEVEL}); this is what tells an operator instead.
 *
 * <p>A service stays ready meanwhile on purpose: its writes go on, their events wait in the outbox, and the
 * consumers carry on where they were when the broker is back. Checked every {@code interval} by asking the cluster
 * for its nodes, on a virtual thread of its own.
 */
public final class KafkaReachability implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KafkaReachability.class);

    private final Map<String, Object> adminSettings;
    private final Duration interval;
    private final OutageLog outage;
    private volatile Thread checker;

    KafkaReachability(Map<String, Object> adminSettings, Duration interval, Clock clock, MeterRegistry meters) {
        this.adminSettings = adminSettings;
        this.interval = interval;
        this.outage = new OutageLog(log, "learnpath.kafka.down", "events", "Kafka",
                "writes go on and their events wait in the outbox", clock, meters);
    }

    @Override
    public void start() {
        checker = Thread.ofVirtual().name("kafka-reachability").start(this::checkUntilStopped);
    }

    @Override
    public void stop() {
        Thread running = checker;
        checker = null;
        if (running != null) {
            running.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return checker != null;
    }

    /** Whether the last check failed. */
    public boolean isDown() {
        return outage.isDown();
    }

    private void checkUntilStopped() {
        Map<String, Object> settings = new HashMap<>(adminSettings);
        settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "learnpath-kafka-reachability");
        try (Admin admin = Admin.create(settings)) {
            while (checker == Thread.currentThread()) {
                check(admin);
                Thread.sleep(interval); // a fixed cadence, not a wait for a condition
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private void check(Admin admin) throws InterruptedException {
        long timeoutMillis = Math.max(500, interval.toMillis() - 100);
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeoutMillis)).nodes()
                    .get(timeoutMillis + 500, TimeUnit.MILLISECONDS);
            outage.succeeded();
        } catch (ExecutionException | TimeoutException e) {
            outage.failed(new IllegalStateException("no answer to describeCluster: "
                    + (e.getCause() == null ? e : e.getCause()).toString()));
        }
    }
}
