package io.learnpath.auth.mfa;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code recovery_code} table: the hashes of each enabled factor's unused recovery codes. */
@Repository
class RecoveryCodeStore {

    private final JdbcClient jdbc;

    RecoveryCodeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the account's codes with these; call inside the transaction that justifies it. */
    void replace(UUID accountId, List<byte[]> hashes, Instant at) {
        jdbc.sql("DELETE FROM recovery_code WHERE account_id = :accountId").param("accountId", accountId).update();
        for (byte[] hash : hashes) {
            jdbc.sql("INSERT INTO recovery_code (account_id, code_hash, created_at) VALUES (:accountId, :hash, :at)")
                    .param("accountId", accountId).param("hash", hash).param("at", Timestamp.from(at))
                    .update();
        }
    }

    /** Spends the code if the account has it: true exactly once per code, however many requests race for it. */
    boolean use(UUID accountId, byte[] hash) {
        return jdbc.sql("DELETE FROM recovery_code WHERE account_id = :accountId AND code_hash = :hash")
                .param("accountId", accountId).param("hash", hash)
                .update() == 1;
    }

    int countLeft(UUID accountId) {
        return jdbc.sql("SELECT count(*) FROM recovery_code WHERE account_id = :accountId")
                .param("accountId", accountId)
                .query(Integer.class).single();
    }
}
