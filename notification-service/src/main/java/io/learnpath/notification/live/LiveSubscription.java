package io.learnpath.notification.live;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.scheduling.TaskScheduler;

/**
 * Subscribes this instance to the live channels without making Redis a start-up dependency. Redis is never the
 * source of truth here: while the subscription is missing, notifications are still stored and reach their learners
 * on the next reconnect (Last-Event-ID) or in the inbox. But a container that fails its first subscription (Redis
 * down, or a handshake slower than the 500 ms Redis timeout while six JVMs start on two cores) fails the whole
 * service's start-up, and does not try again by itself. So the container is not started by the context; this starts
 * it, and while that fails, stops and starts it again every {@code resubscribeEvery} until it listens. (Spring Data
 * Redis's recovery back-off covers a connection lost after subscribing, not a first subscription that fails.)
 */
final class LiveSubscription implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveSubscription.class);

    private final RedisMessageListenerContainer container;
    private final TaskScheduler scheduler;
    private final Duration resubscribeEvery;
    private volatile ScheduledFuture<?> retries;
    private volatile boolean running;

    LiveSubscription(RedisMessageListenerContainer container, TaskScheduler scheduler, Duration resubscribeEvery) {
        this.container = container;
        this.scheduler = scheduler;
        this.resubscribeEvery = resubscribeEvery;
    }

    @Override
    public synchronized void start() {
        running = true;
        if (!subscribe()) {
            retries = scheduler.scheduleWithFixedDelay(this::retry, Instant.now().plus(resubscribeEvery),
                    resubscribeEvery);
        }
    }

    private synchronized void retry() {
        if (running && !container.isListening()) {
            // After a failed start the container counts as running but listens to nothing; only a stop and a new
            // start make it try again.
            container.stop();
            if (subscribe()) {
                log.info("Subscribed to the live channels; live push across instances works again");
            }
        }
        if (!running || container.isListening()) {
            retries.cancel(false);
        }
    }

    private boolean subscribe() {
        try {
            container.start();
            return true;
        } catch (RuntimeException e) {
            log.warn("Could not subscribe to the live channels ({}); notifications are stored and replayed, and "
                    + "this is tried again every {}", e.getMessage(), resubscribeEvery);
            return false;
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (retries != null) {
            retries.cancel(false);
        }
        container.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether this instance receives what the others publish. */
    boolean isSubscribed() {
        return container.isListening();
    }
}
