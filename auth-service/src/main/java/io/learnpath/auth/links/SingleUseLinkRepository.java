package io.learnpath.auth.links;

import io.learnpath.auth.links.SingleUseLinks.Holder;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code single_use_link} table: only SHA-256 hashes of the secrets, never the secrets. */
@Repository
class SingleUseLinkRepository {

    private final JdbcClient jdbc;

    SingleUseLinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long countCreatedSince(UUID accountId, LinkPurpose purpose, Instant since) {
        return jdbc.sql("""
                        SELECT count(*) FROM single_use_link
                        WHERE account_id = :accountId AND purpose = :purpose AND created_at > :since""")
                .param("accountId", accountId).param("purpose", purpose.name())
                .param("since", Timestamp.from(since))
                .query(Long.class).single();
    }

    void insert(byte[] hash, UUID accountId, LinkPurpose purpose, String email, Instant now, Instant expiresAt) {
        jdbc.sql("""
                        INSERT INTO single_use_link (secret_hash, account_id, purpose, email, created_at, expires_at)
                        VALUES (:hash, :accountId, :purpose, :email, :now, :expiresAt)""")
                .param("hash", hash).param("accountId", accountId)
                .param("purpose", purpose.name()).param("email", email)
                .param("now", Timestamp.from(now)).param("expiresAt", Timestamp.from(expiresAt))
                .update();
    }

    Optional<Holder> findUsable(byte[] hash, LinkPurpose purpose, Instant now) {
        return jdbc.sql("""
                        SELECT account_id, email FROM single_use_link
                        WHERE secret_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now""")
                .param("hash", hash).param("purpose", purpose.name()).param("now", Timestamp.from(now))
                .query((rs, row) -> new Holder(rs.getObject("account_id", UUID.class), rs.getString("email")))
                .optional();
    }

    /** Spends the link in the statement that finds it usable, so two redemptions at once spend it once. */
    Optional<Holder> spendIfUsable(byte[] hash, LinkPurpose purpose, Instant now) {
        return jdbc.sql("""
                        UPDATE single_use_link SET used_at = :now
                        WHERE secret_hash = :hash AND purpose = :purpose AND used_at IS NULL AND expires_at > :now
                        RETURNING account_id, email""")
                .param("hash", hash).param("purpose", purpose.name()).param("now", Timestamp.from(now))
                .query((rs, row) -> new Holder(rs.getObject("account_id", UUID.class), rs.getString("email")))
                .optional();
    }

    void spendAll(UUID accountId, LinkPurpose purpose, Instant now) {
        jdbc.sql("""
                        UPDATE single_use_link SET used_at = :now
                        WHERE account_id = :accountId AND purpose = :purpose AND used_at IS NULL""")
                .param("now", Timestamp.from(now)).param("accountId", accountId).param("purpose", purpose.name())
                .update();
    }

    void deleteExpiredBefore(Instant before) {
        jdbc.sql("DELETE FROM single_use_link WHERE expires_at < :before")
                .param("before", Timestamp.from(before))
                .update();
    }
}
