package io.learnpath.auth.tokens;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Refresh-token families and the hashes of their tokens. */
@Repository
class RefreshTokenStore {

    private final JdbcClient jdbc;

    RefreshTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertFamily(UUID familyId, UUID accountId, Instant now, Instant familyExpiresAt) {
        jdbc.sql("""
                        INSERT INTO refresh_token_family (id, account_id, created_at, expires_at)
                        VALUES (:id, :accountId, :now, :familyExpiresAt)
                        """)
                .param("id", familyId)
                .param("accountId", accountId)
                .param("familyExpiresAt", Timestamp.from(familyExpiresAt))
                .param("now", Timestamp.from(now))
                .update();
    }

    void insertToken(byte[] hash, UUID familyId, Instant now, Instant expiresAt) {
        jdbc.sql("""
                        INSERT INTO refresh_token (token_hash, family_id, issued_at, expires_at)
                        VALUES (:hash, :familyId, :now, :expiresAt)""")
                .param("hash", hash)
                .param("familyId", familyId)
                .param("now", Timestamp.from(now))
                .param("expiresAt", Timestamp.from(expiresAt))
                .update();
    }

    /**
     * Locks the token and its family until the transaction ends, so two requests presenting the same token are
     * decided one after the other: the second sees the first one's rotation and counts as reuse.
     */
    Optional<PresentedToken> lock(byte[] hash) {
        return jdbc.sql("""
                        SELECT t.family_id, f.account_id, t.expires_at, t.rotated_at, t.grace_answer, f.revoked_at,
                               f.expires_at AS family_expires_at
                        FROM refresh_token t JOIN refresh_token_family f ON f.id = t.family_id
                        WHERE t.token_hash = :hash
                        FOR UPDATE OF t, f""")
                .param("hash", hash)
                .query((rs, row) -> new PresentedToken(rs.getObject("family_id", UUID.class),
                        rs.getObject("account_id", UUID.class), rs.getTimestamp("expires_at").toInstant(),
                        Optional.ofNullable(rs.getTimestamp("rotated_at")).map(Timestamp::toInstant),
                        Optional.ofNullable(rs.getBytes("grace_answer")), rs.getTimestamp("revoked_at") != null,
                        rs.getTimestamp("family_expires_at").toInstant()))
                .optional();
    }

    /** @param graceAnswer the sealed pair handed out for it, kept for the reuse grace; null when there is none */
    void markRotated(byte[] hash, Instant now, byte[] graceAnswer) {
        jdbc.sql("UPDATE refresh_token SET rotated_at = :now, grace_answer = :graceAnswer WHERE token_hash = :hash")
                .param("now", Timestamp.from(now))
                .param("graceAnswer", graceAnswer, Types.BINARY)
                .param("hash", hash)
                .update();
    }

    void forgetGraceAnswer(byte[] hash) {
        jdbc.sql("UPDATE refresh_token SET grace_answer = NULL WHERE token_hash = :hash")
                .param("hash", hash)
                .update();
    }

    /** Clears the answers of tokens rotated at or before {@code cutoff}, whose grace is over; answers how many. */
    int forgetGraceAnswersRotatedBefore(Instant cutoff) {
        return jdbc.sql("""
                        UPDATE refresh_token SET grace_answer = NULL
                        WHERE grace_answer IS NOT NULL AND rotated_at <= :cutoff""")
                .param("cutoff", Timestamp.from(cutoff))
                .update();
    }

    void revokeFamily(UUID familyId, String reason, Instant now) {
        jdbc.sql("""
                        UPDATE refresh_token_family SET revoked_at = :now, revoked_reason = :reason
                        WHERE id = :id AND revoked_at IS NULL""")
                .param("now", Timestamp.from(now))
                .param("reason", reason)
                .param("id", familyId)
                .update();
    }

    void revokeAllFamiliesOf(UUID accountId, String reason, Instant now) {
        jdbc.sql("""
                        UPDATE refresh_token_family SET revoked_at = :now, revoked_reason = :reason
                        WHERE account_id = :accountId AND revoked_at IS NULL
                        """)
                .param("now", Timestamp.from(now)).param("reason", reason).param("accountId", accountId)
                .update();
    }

    /** @return the account whose live family was revoked, or empty when there was none */
    Optional<UUID> revokeFamilyOf(byte[] hash, String reason, Instant now) {
        return jdbc.sql("""
                        UPDATE refresh_token_family SET revoked_at = :now, revoked_reason = :reason
                        WHERE id = (SELECT family_id FROM refresh_token WHERE token_hash = :hash)
                          AND revoked_at IS NULL
                        RETURNING account_id""")
                .param("now", Timestamp.from(now))
                .param("reason", reason)
                .param("hash", hash)
                .query(UUID.class)
                .optional();
    }

    /** Families none of whose tokens could still be used, nor need to be remembered for reuse detection. */
    int deleteFamiliesExpiredBefore(Instant cutoff) {
        return jdbc.sql("""
                        DELETE FROM refresh_token_family f
                        WHERE NOT EXISTS (SELECT 1 FROM refresh_token t
                                          WHERE t.family_id = f.id AND t.expires_at > :cutoff)""")
                .param("cutoff", Timestamp.from(cutoff))
                .update();
    }

    /**
     * @param rotatedAt       when it was exchanged for its successor; empty while it is the family's newest
     * @param graceAnswer     the sealed pair its rotation handed out, while the reuse grace lasts
     * @param familyExpiresAt when the sign-in ends, however often it is refreshed
     */
    record PresentedToken(UUID familyId, UUID accountId, Instant expiresAt, Optional<Instant> rotatedAt,
            Optional<byte[]> graceAnswer, boolean revoked, Instant familyExpiresAt) {
    }
}
