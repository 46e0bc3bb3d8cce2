package io.learnpath.platform.transaction;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way to do something only once the current transaction has committed: push a notification to Redis,
 * count a metric, evict a cache. Work that other systems observe must not happen for a change that then rolls
 * back. (Events for other services are not this: they go through the transactional outbox.)
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    /**
     * Runs {@code action} after the surrounding transaction commits, and not at all if it rolls back. Outside a
     * transaction there is nothing to wait for, and it runs at once. An exception from the action does not undo
     * the commit, but Spring hands it to whoever committed: an action whose failure must not fail the request
     * (a push to Redis, say) catches its own errors.
     */
    public static void run(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            action.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                action.run();
            }
        });
    }
}
