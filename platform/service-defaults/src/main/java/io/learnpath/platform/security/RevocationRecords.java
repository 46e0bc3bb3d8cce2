package io.learnpath.platform.security;

import java.time.Instant;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * How a revocation is kept in Redis, the same for the servlet and the reactive side: one key per learner holding
 * the instant (epoch milliseconds) up to which every access token issued to them is dead. A later revocation
 * overwrites an earlier one, which it covers.
 */
final class RevocationRecords {

    private static final String PREFIX = "learnpath:access-tokens-revoked:";

    private RevocationRecords() {
    }

    static String key(UUID subject) {
        return PREFIX + subject;
    }

    static String key(Jwt token) {
        return PREFIX + token.getSubject();
    }

    static String value(Instant revokedAt) {
        return Long.toString(revokedAt.toEpochMilli());
    }

    /**
     * Whether the record (or {@code null}: none) kills this token. A token issued in the very instant of the
     * revocation is dead too; {@code iat} has whole seconds only, so a token issued in the same second as the
     * revocation cannot be told apart from one issued before it, and is refused with them.
     */
    static boolean kills(String record, Jwt token) {
        if (record == null) {
            return false;
        }
        Instant issuedAt = token.getIssuedAt();
        try {
            return issuedAt == null || !issuedAt.isAfter(Instant.ofEpochMilli(Long.parseLong(record)));
        } catch (NumberFormatException e) {
            // Only we write these keys; a value we cannot read still says the learner's tokens were revoked.
            return true;
        }
    }
}
