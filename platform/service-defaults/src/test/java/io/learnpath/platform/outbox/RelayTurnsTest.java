package io.learnpath.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Sends take turns in the order tickets were handed out, whatever order their threads run in. */
class RelayTurnsTest {

    private final RelayTurns turns = new RelayTurns();
    private final List<Integer> sent = new CopyOnWriteArrayList<>();

    @Test
    void sendsInTicketOrderEvenWhenLaterTicketsRunFirst() throws InterruptedException {
        List<Runnable> tasks = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int sequence = i;
            tasks.add(turns.ticketed(() -> turns.inTurn(() -> sent.add(sequence))));
        }

        // Started last ticket first: each waits for the ones before it.
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            tasks.reversed().forEach(threads::execute);
            threads.shutdown();
            assertThat(threads.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(sent).hasSize(50).isSorted();
    }

    @Test
    void aTicketThatNeverSendsPassesItsTurnWhenItsTaskEnds() throws InterruptedException {
        Runnable first = turns.ticketed(() -> {
            throw new IllegalStateException("failed before sending");
        });
        Runnable second = turns.ticketed(() -> turns.inTurn(() -> sent.add(2)));

        Thread waiting = Thread.ofVirtual().start(second);
        assertThatThrownBy(first::run).isInstanceOf(IllegalStateException.class);
        waiting.join(10_000);

        assertThat(sent).containsExactly(2);
    }

    @Test
    void withoutATicketASendGoesAtOnce() {
        turns.ticketed(() -> { }); // an earlier ticket that is never run must not hold it

        assertThat(turns.inTurn(() -> sent.add(1))).isTrue();
        assertThat(sent).containsExactly(1);
    }
}
