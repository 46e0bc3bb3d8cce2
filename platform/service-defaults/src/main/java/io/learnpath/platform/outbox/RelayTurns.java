package io.learnpath.platform.outbox;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Turns for the outbox relay, so that many publications can be in flight and Kafka still receives them in commit
 * order. Each publication gets a ticket where Modulith hands it over after its transaction committed (one thread
 * after another, in commit order); its send waits until every earlier ticket has sent or given up, and nothing else
 * waits: the registry's bookkeeping before the send and the broker's acknowledgement after it overlap across
 * publications. Per key, that is the order consumers rely on (the idempotent producer keeps it per partition).
 *
 * <p>Written here because nothing in Spring or Modulith does it: Spring's {@code @Async} interceptor blocks the
 * thread running an externalizer until the future it returned completes, so a single ordered relay thread (what
 * kept the order before) carried one event per broker round trip plus two database round trips, and at 100 events
 * a second on two cores it queued for hundreds of milliseconds (docs/measurements.md, notification latency).
 */
final class RelayTurns {

    private static final ScopedValue<Ticket> CURRENT = ScopedValue.newInstance();

    private final AtomicLong issued = new AtomicLong();
    /** The turn of each ticket not yet passed, completed when that ticket may send. */
    private final Map<Long, CompletableFuture<Void>> turns = new ConcurrentHashMap<>();

    RelayTurns() {
        turns.put(0L, CompletableFuture.completedFuture(null));
    }

    /**
     * Gives {@code task} the next ticket, on the calling thread. The ticket is passed when the task ends, whether it
     * sent or not (it failed before, or had nothing to send), so a later publication never waits on it forever.
     */
    Runnable ticketed(Runnable task) {
        Ticket ticket = new Ticket(issued.getAndIncrement());
        return () -> {
            try {
                ScopedValue.where(CURRENT, ticket).run(task);
            } finally {
                ticket.pass();
            }
        };
    }

    /**
     * Runs {@code send} in its ticket's turn and passes the turn on once it returned (a send only hands the record to
     * the producer). Without a ticket, as for a relay run outside the ordered executor, it sends at once.
     */
    <T> T inTurn(Supplier<T> send) {
        if (!CURRENT.isBound() || CURRENT.get().passed) {
            return send.get();
        }
        Ticket ticket = CURRENT.get();
        ticket.awaitTurn();
        try {
            return send.get();
        } finally {
            ticket.pass();
        }
    }

    private CompletableFuture<Void> turnOf(long ticket) {
        return turns.computeIfAbsent(ticket, number -> new CompletableFuture<>());
    }

    /** Used by one thread only: the one running its task. */
    private final class Ticket {

        private final long number;
        private boolean passed;

        private Ticket(long number) {
            this.number = number;
        }

        private void awaitTurn() {
            turnOf(number).join();
        }

        private void pass() {
            if (passed) {
                return;
            }
            awaitTurn();
            passed = true;
            turns.remove(number);
            turnOf(number + 1).complete(null);
        }
    }
}
