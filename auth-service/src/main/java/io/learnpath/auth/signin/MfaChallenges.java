package io.learnpath.auth.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code mfa_challenge} table: sign-ins that passed the password and owe a code. A challenge is 256 random bits
 * (base64url, 43 characters), of which only the SHA-256 is stored, like a refresh token. One per account: a new
 * sign-in replaces the account's earlier challenge.
 */
@Repository
class MfaChallenges {

    private static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    MfaChallenges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new challenge for the account, in place of any earlier one; answers the value to hand to the client. */
    String issue(UUID accountId, Instant expiresAt) {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("""
                        INSERT INTO mfa_challenge (account_id, challenge_hash, expires_at)
                        VALUES (:accountId, :hash, :expiresAt)
                        ON CONFLICT (account_id) DO UPDATE
                            SET challenge_hash = excluded.challenge_hash, expires_at = excluded.expires_at""")
                .param("accountId", accountId).param("hash", hash(challenge))
                .param("expiresAt", Timestamp.from(expiresAt))
                .update();
        return challenge;
    }

    /**
     * Spends the challenge, whatever comes of it: the account it was issued for if it exists and had not expired at
     * {@code now}. Deleting and reading in one statement is what makes it single-use when requests race.
     */
    Optional<UUID> redeem(String challenge, Instant now) {
        return jdbc.sql("DELETE FROM mfa_challenge WHERE challenge_hash = :hash RETURNING account_id, expires_at")
                .param("hash", hash(challenge))
                .query((rs, row) -> rs.getObject("expires_at", OffsetDateTime.class).toInstant().isAfter(now)
                        ? Optional.of(rs.getObject("account_id", UUID.class)) : Optional.<UUID>empty())
                .optional().flatMap(live -> live);
    }

    private static byte[] hash(String challenge) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(challenge.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
