package io.learnpath.platform.outbox;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.springframework.core.task.TaskDecorator;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * Runs the outbox relay: Modulith hands each committed publication to its Kafka externalizer as an {@code @Async}
 * task, and this executor gives it a ticket ({@link RelayTurns}) as it is handed over, in commit order, then runs it
 * on a virtual thread of its own. The sends take turns by ticket; everything else overlaps, including the wait for
 * Kafka's acknowledgement that Spring's async interceptor does on the task's thread.
 *
 * <p>The hand-over also captures the committing thread's context (Micrometer's context propagation: the request's
 * observation, and with it its trace) and restores it on the relay thread, so the Kafka send is part of the
 * request's trace and its record carries the trace on to the consumers. A publication relayed again later (by the
 * retrier, or on restart) has no request: its send starts a trace of its own.
 *
 * <p>Modulith's externalizers are the only {@code @Async} work in our services; a service that wants other
 * asynchronous work should give it an executor of its own rather than take relay tickets.
 */
class OutboxRelayOrder implements AsyncConfigurer {

    private static final Duration DRAIN = Duration.ofSeconds(10);

    private final RelayTurns turns;
    private final TaskDecorator committingContext = new ContextPropagatingTaskDecorator();
    private final ExecutorService relays = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("outbox-relay-", 0).factory());

    OutboxRelayOrder(RelayTurns turns) {
        this.turns = turns;
    }

    @Override
    public Executor getAsyncExecutor() {
        // Called on the committing thread: both the ticket and the context are taken there.
        return task -> relays.execute(turns.ticketed(committingContext.decorate(task)));
    }

    /** On shutdown, relays what is handed over already: it is committed (and would be republished on restart). */
    void shutdown() throws InterruptedException {
        relays.shutdown();
        if (!relays.awaitTermination(DRAIN.toMillis(), TimeUnit.MILLISECONDS)) {
            relays.shutdownNow();
        }
    }
}
