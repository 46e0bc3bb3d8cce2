package io.learnpath.platform.erasure;

import io.learnpath.platform.transaction.TransactionBound;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@code erased_learner} table, and the per-learner lock that keeps an erasure and a write about the same
 * learner apart.
 *
 * <p>The lock is a PostgreSQL transaction-level advisory lock: a write holds it shared and an erasure exclusively,
 * each until its transaction ends. Without it a write could check the table, find nothing, and commit its row
 * after an erasure that ran meanwhile had already deleted everything it could see, leaving that row behind. With
 * it, a write either commits before the erasure starts (and is erased with the rest) or starts its check after the
 * erasure committed (and finds the learner erased). No row is locked because there is none to lock: the learner
 * is not a row here until erased.
 *
 * <p>Shared by every service that erases learners on {@code UserDeleted}: each creates the table in its own
 * migrations and declares its own {@code @Repository} subclass, so the table stays the service's.
 */
public abstract class ErasedLearnerRegistry {

    /**
     * The first key of every erasure lock; advisory locks are shared by everything in the database, and this keeps
     * ours apart from any other user of two-key locks (Flyway's use the one-key form). The second key is the
     * learner id's hash: two learners that share it only wait for each other for a moment.
     */
    private static final int ERASURE_LOCKS = 0x4c50_4552;

    private final JdbcClient jdbc;

    protected ErasedLearnerRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Whether the learner was erased, holding off an erasure of them until the current transaction ends: the shared
     * lock, then the table. Asked again in the same transaction, it answers from what it read: the lock is held to
     * the end, so no other erasure can commit in between, and one made by this transaction ({@link #add}) is
     * remembered. One event often makes several features write about the same learner (a notice, the study log, the
     * contact's zone), and each asks; once per transaction is two statements fewer for each further asker.
     */
    public boolean isErased(UUID learnerId) {
        Map<UUID, Boolean> known = answersOfThisTransaction();
        Boolean answer = known == null ? null : known.get(learnerId);
        if (answer != null) {
            return answer;
        }
        lockShared(learnerId);
        boolean erased = contains(learnerId);
        if (known != null) {
            known.put(learnerId, erased);
        }
        return erased;
    }

    /** Holds off an erasure of this learner until the current transaction ends. */
    private void lockShared(UUID learnerId) {
        jdbc.sql("SELECT pg_advisory_xact_lock_shared(:space, :key)")
                .param("space", ERASURE_LOCKS).param("key", learnerId.hashCode())
                .query(rs -> {
                });
    }

    /** Waits for the writes about this learner that are under way, and holds off new ones until the end. */
    public void lockExclusively(UUID learnerId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:space, :key)")
                .param("space", ERASURE_LOCKS).param("key", learnerId.hashCode())
                .query(rs -> {
                });
    }

    private boolean contains(UUID learnerId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM erased_learner WHERE learner_id = :learner)")
                .param("learner", learnerId)
                .query(Boolean.class).single();
    }

    /** Keeps the first time when the learner was erased before. */
    public void add(UUID learnerId, Instant at) {
        jdbc.sql("""
                        INSERT INTO erased_learner (learner_id, erased_at) VALUES (:learner, :at)
                        ON CONFLICT (learner_id) DO NOTHING""")
                .param("learner", learnerId).param("at", Timestamp.from(at))
                .update();
        Map<UUID, Boolean> known = answersOfThisTransaction();
        if (known != null) {
            known.put(learnerId, true);
        }
    }

    /**
     * What {@link #isErased} answered in the current transaction, by learner; null outside a transaction, where each
     * statement is its own and nothing may be remembered.
     */
    private Map<UUID, Boolean> answersOfThisTransaction() {
        return TransactionBound.value(this, HashMap::new);
    }
}
