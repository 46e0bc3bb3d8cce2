package io.learnpath.platform.transaction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way to do something only once the current transaction has committed: push a notification to Redis,
 * count a metric, evict a cache. Work that other systems observe must not happen for a change that then rolls
 * back. (Events for other services are not this: they go through the transactional outbox.)
 */
public final class AfterCommit {

    private static final Logger log = LoggerFactory.getLogger(AfterCommit.class);

    private AfterCommit() {
    }

    /**
     * Runs {@code action} after the surrounding transaction commits, and not at all if it rolls back. Outside a
     * transaction there is nothing to wait for, and it runs at once. An exception from the action is logged: it
     * cannot undo the change, so it must not fail the caller (who would answer an error for a change that was
     * made) nor stop the actions registered after it.
     */
    public static void run(Runnable action) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            runLogged(action);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                // Spring would let an exception escape to whoever committed, and skip the actions after it.
                runLogged(action);
            }
        });
    }

    private static void runLogged(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            log.warn("An action after commit failed; the change stays committed", e);
        }
    }
}
