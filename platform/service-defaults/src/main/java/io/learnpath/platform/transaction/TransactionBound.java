package io.learnpath.platform.transaction;

import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value that lives as long as the current transaction, the way Spring binds a transaction's connection: what the
 * transaction has collected so far (changes to look at before commit) or learnt (an answer that holds until it
 * ends). Created on first use, dropped when the transaction completes, committed or not.
 */
public final class TransactionBound {

    private TransactionBound() {
    }

    /**
     * The value bound under {@code key} to the current transaction, created by {@code create} the first time.
     *
     * @return null outside a transaction, where there is nothing to bind to
     */
    public static <T> T value(Object key, Supplier<T> create) {
        return value(key, create, null);
    }

    /**
     * As {@link #value(Object, Supplier)}, and {@code beforeCommit} is given the value just before the transaction
     * commits (not when it rolls back), once, whatever was added to it by then.
     */
    public static <T> T value(Object key, Supplier<T> create, Consumer<T> beforeCommit) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        T bound = (T) TransactionSynchronizationManager.getResource(key);
        if (bound != null) {
            return bound;
        }
        T fresh = create.get();
        TransactionSynchronizationManager.bindResource(key, fresh);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                if (beforeCommit != null) {
                    beforeCommit.accept(fresh);
                }
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
            }
        });
        return fresh;
    }
}
