package io.learnpath.auth.mfa;

import io.learnpath.auth.secrets.SecretBox;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code totp_factor} table: each account's authenticator app, pending until confirmed.
 *
 * <p>The secret is written by {@link #savePendingSecret} and read by {@link #findWithSecret}, and by nothing else:
 * every other statement leaves the column alone. It is stored sealed by {@link SecretBox}, bound to the account, so
 * neither a copy of the database nor a seed moved to another account's row yields a working authenticator.
 */
@Repository
class TotpFactorStore {

    private final JdbcClient jdbc;
    private final SecretBox box;

    TotpFactorStore(JdbcClient jdbc, SecretBox box) {
        this.jdbc = jdbc;
        this.box = box;
    }

    /**
     * Starts an enrolment, or starts it again with a new secret (and factor id) while it is pending; answers false,
     * changing nothing, when the account's factor is enabled.
     */
    boolean savePendingSecret(UUID accountId, UUID factorId, byte[] secret, Instant at) {
        return jdbc.sql("""
                        INSERT INTO totp_factor (account_id, factor_id, secret, created_at)
                        VALUES (:accountId, :factorId, :secret, :at)
                        ON CONFLICT (account_id) DO UPDATE
                            SET factor_id = excluded.factor_id, secret = excluded.secret,
                                created_at = excluded.created_at, last_used_step = NULL
                            WHERE totp_factor.enabled_at IS NULL""")
                .param("accountId", accountId).param("factorId", factorId).param("secret", toColumn(accountId, secret))
                .param("at", Timestamp.from(at))
                .update() == 1;
    }

    /** The account's factor, pending or enabled, with its secret. */
    Optional<TotpFactor> findWithSecret(UUID accountId) {
        return jdbc.sql("""
                        SELECT factor_id, secret, enabled_at, last_used_step FROM totp_factor
                        WHERE account_id = :accountId""")
                .param("accountId", accountId)
                .query((rs, row) -> new TotpFactor(rs.getObject("factor_id", UUID.class),
                        fromColumn(accountId, rs.getBytes("secret")), rs.getTimestamp("enabled_at") != null,
                        lastUsedStep(rs)))
                .optional();
    }

    Optional<FactorState> findState(UUID accountId) {
        return jdbc.sql("SELECT created_at, enabled_at FROM totp_factor WHERE account_id = :accountId")
                .param("accountId", accountId)
                .query((rs, row) -> new FactorState(rs.getTimestamp("created_at").toInstant(),
                        Optional.ofNullable(rs.getTimestamp("enabled_at")).map(Timestamp::toInstant)))
                .optional();
    }

    /**
     * Enables the pending factor whose first code, for {@code step}, was right; false if it is no longer that
     * factor (started again meanwhile) or is enabled already.
     */
    boolean enable(UUID accountId, UUID factorId, long step, Instant at) {
        return jdbc.sql("""
                        UPDATE totp_factor SET enabled_at = :at, last_used_step = :step
                        WHERE account_id = :accountId AND factor_id = :factorId AND enabled_at IS NULL""")
                .param("accountId", accountId).param("factorId", factorId).param("step", step)
                .param("at", Timestamp.from(at))
                .update() == 1;
    }

    /**
     * Records that a code for {@code step} was accepted, unless one for that step or a later one already was: the
     * one check against replay. Two requests with the same code update the same row one after the other, and the
     * second finds the condition false, so exactly one of them is answered true.
     */
    boolean useStep(UUID accountId, UUID factorId, long step) {
        return jdbc.sql("""
                        UPDATE totp_factor SET last_used_step = :step
                        WHERE account_id = :accountId AND factor_id = :factorId AND enabled_at IS NOT NULL
                          AND (last_used_step IS NULL OR last_used_step < :step)""")
                .param("accountId", accountId).param("factorId", factorId).param("step", step)
                .update() == 1;
    }

    /** Removes the enabled factor (its recovery codes go with it); false if there was none. */
    boolean deleteEnabled(UUID accountId) {
        return jdbc.sql("DELETE FROM totp_factor WHERE account_id = :accountId AND enabled_at IS NOT NULL")
                .param("accountId", accountId)
                .update() == 1;
    }

    private byte[] toColumn(UUID accountId, byte[] secret) {
        return box.seal(secret, context(accountId));
    }

    private byte[] fromColumn(UUID accountId, byte[] stored) {
        return box.open(stored, context(accountId));
    }

    private static String context(UUID accountId) {
        return "totp-secret:" + accountId;
    }

    private static OptionalLong lastUsedStep(ResultSet rs) throws SQLException {
        long step = rs.getLong("last_used_step");
        return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(step);
    }

    /** A factor with its secret, which never appears in its string form. */
    record TotpFactor(UUID factorId, byte[] secret, boolean enabled, OptionalLong lastUsedStep) {

        @Override
        public String toString() {
            return "TotpFactor[" + factorId + ", enabled=" + enabled + "]";
        }
    }

    /** @param enabledAt empty while the enrolment is pending */
    record FactorState(Instant createdAt, Optional<Instant> enabledAt) {
    }
}
