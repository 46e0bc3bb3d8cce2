package io.learnpath.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.notification.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The erasure check that several features of one event ask in the same transaction: answered once per transaction
 * (the platform's {@code ErasedLearnerRegistry}), and still holding off an erasure until that transaction ends.
 */
@IntegrationTest
class ErasedLearnerStoreIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    ErasedLearnerStore erased;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anErasureMadeInTheSameTransactionIsRemembered() {
        UUID learner = UUID.randomUUID();

        transactions.executeWithoutResult(transaction -> {
            assertThat(erased.isErased(learner)).isFalse();
            erased.lockExclusively(learner);
            erased.add(learner, Instant.now());
            assertThat(erased.isErased(learner)).isTrue();
        });
    }

    @Test
    void eachTransactionReadsAgain() {
        UUID learner = UUID.randomUUID();
        transactions.executeWithoutResult(transaction -> assertThat(erased.isErased(learner)).isFalse());

        transactions.executeWithoutResult(transaction -> {
            erased.lockExclusively(learner);
            erased.add(learner, Instant.now());
        });

        transactions.executeWithoutResult(transaction -> assertThat(erased.isErased(learner)).isTrue());
    }

    @Test
    void aLearnerAskedAboutTwiceIsStillShieldedFromAnErasureUntilTheTransactionEnds() throws Exception {
        UUID learner = UUID.randomUUID();
        // Asked before, in a transaction of its own: the next transaction must take the lock again all the same.
        transactions.executeWithoutResult(transaction -> assertThat(erased.isErased(learner)).isFalse());
        CompletableFuture<Void> asked = new CompletableFuture<>();
        CompletableFuture<Void> finish = new CompletableFuture<>();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            assertThat(erased.isErased(learner)).isFalse();
            assertThat(erased.isErased(learner)).isFalse();
            asked.complete(null);
            finish.join();
        }));
        asked.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

        CompletableFuture<Void> erasure = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
            erased.lockExclusively(learner);
            erased.add(learner, Instant.now());
        }));
        // The erasure waits for the writer's shared lock: its advisory lock is requested and not granted.
        await().atMost(PATIENCE).until(() -> jdbc.sql("""
                        SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND mode = 'ExclusiveLock'
                        AND NOT granted AND objid::bigint = :key""")
                .param("key", Integer.toUnsignedLong(learner.hashCode()))
                .query(Long.class).single() == 1);
        assertThat(erasure).isNotDone();

        finish.complete(null);
        writer.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        erasure.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        transactions.executeWithoutResult(transaction -> assertThat(erased.isErased(learner)).isTrue());
    }
}
