package io.learnpath.platform.outbox;

import java.util.concurrent.Executor;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Keeps the outbox's relay in commit order. Modulith hands each committed publication to its Kafka externalizer
 * as an {@code @Async} task; with the default executor (a new virtual thread per task) two publications of one
 * key can start in either order, and {@code serializeExternalization} only stops them from overlapping, so a
 * learner's second change could reach Kafka before the first. One thread taking tasks from a FIFO queue relays
 * them in the order their transactions committed, which is the per-key order consumers rely on.
 *
 * <p>Modulith's externalizers are the only {@code @Async} work in our services; a service that wants other
 * asynchronous work should give it an executor of its own rather than queue behind the relay.
 */
class OutboxRelayOrder implements AsyncConfigurer {

    private final ThreadPoolTaskExecutor executor;

    OutboxRelayOrder() {
        executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(1);
        executor.setMaxPoolSize(1);
        executor.setThreadNamePrefix("outbox-relay-");
        // On shutdown, relay what is queued: it is committed already (and would be republished on restart anyway).
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        executor.initialize();
    }

    @Override
    public Executor getAsyncExecutor() {
        return executor;
    }

    void shutdown() {
        executor.shutdown();
    }
}
