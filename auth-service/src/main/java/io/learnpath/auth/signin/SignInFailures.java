package io.learnpath.auth.signin;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consecutive failed sign-ins per account ({@code sign_in_failure}). */
@Repository
class SignInFailures {

    private final JdbcClient jdbc;

    SignInFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Instant> lockedUntil(UUID accountId) {
        return jdbc.sql("SELECT locked_until FROM sign_in_failure WHERE account_id = :id AND locked_until IS NOT NULL")
                .param("id", accountId)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .optional();
    }

    /** Counts one more failure, atomically however many instances count at once; @return the new count */
    int add(UUID accountId, Instant at) {
        return jdbc.sql("""
                        INSERT INTO sign_in_failure (account_id, consecutive, last_failure_at) VALUES (:id, 1, :at)
                        ON CONFLICT (account_id) DO UPDATE SET consecutive = sign_in_failure.consecutive + 1,
                                                               last_failure_at = excluded.last_failure_at
                        RETURNING consecutive
                        """)
                .param("id", accountId).param("at", Timestamp.from(at))
                .query(Integer.class).single();
    }

    /** Never shortens a lock another instance set meanwhile. */
    void lock(UUID accountId, Instant until) {
        jdbc.sql("""
                        UPDATE sign_in_failure SET locked_until = GREATEST(coalesce(locked_until, :until), :until)
                        WHERE account_id = :id
                        """)
                .param("id", accountId).param("until", Timestamp.from(until)).update();
    }

    void reset(UUID accountId) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE account_id = :id").param("id", accountId).update();
    }
}
