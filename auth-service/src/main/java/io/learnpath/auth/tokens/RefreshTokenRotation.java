package io.learnpath.auth.tokens;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refresh tokens are single-use (OAuth 2.0 Security BCP, section 4.14): each exchange marks the presented token
 * rotated and issues its successor in the same family. A rotated token presented again means two parties hold the
 * family's tokens, one of them a thief, and nothing tells which: the whole family is revoked, so both have to sign
 * in again.
 */
@Component
class RefreshTokenRotation {

    private static final Logger log = LoggerFactory.getLogger(RefreshTokenRotation.class);

    private final RefreshTokenStore store;
    private final TransactionTemplate transaction;
    private final Duration ttl;
    private final Duration absoluteTtl;
    private final Clock clock;

    RefreshTokenRotation(RefreshTokenStore store, TransactionTemplate transaction, TokenLifetimes lifetimes,
            Clock clock) {
        this.store = store;
        this.transaction = transaction;
        this.ttl = lifetimes.refreshTokenTtl();
        this.absoluteTtl = lifetimes.refreshTokenAbsoluteTtl();
        this.clock = clock;
    }

    /** A new family for a fresh sign-in, with its first token. */
    IssuedRefreshToken startFamily(UUID accountId) {
        Instant now = now();
        UUID familyId = UUID.randomUUID();
        String token = RefreshTokenValue.generate();
        transaction.executeWithoutResult(status -> {
            store.insertFamily(familyId, accountId, now, now.plus(absoluteTtl));
            store.insertToken(RefreshTokenValue.hash(token), familyId, now, now.plus(ttl));
        });
        return new IssuedRefreshToken(token, ttl);
    }

    Rotation rotate(String presented) {
        byte[] hash = RefreshTokenValue.hash(presented);
        // Rejections are answers, not exceptions: a reuse must commit the family's revocation, not roll it back.
        return transaction.execute(status -> {
            Instant now = now();
            var found = store.lock(hash);
            if (found.isEmpty()) {
                return new Rotation.Rejected(Rotation.Reason.UNKNOWN);
            }
            RefreshTokenStore.PresentedToken token = found.get();
            if (token.revoked()) {
                return new Rotation.Rejected(Rotation.Reason.REVOKED);
            }
            if (token.rotated()) {
                store.revokeFamily(token.familyId(), "reuse-detected", now);
                log.warn("Refresh token reuse in family {} of account {}: family revoked", token.familyId(),
                        token.accountId());
                return new Rotation.Rejected(Rotation.Reason.REUSED);
            }
            if (!token.expiresAt().isAfter(now)) {
                return new Rotation.Rejected(Rotation.Reason.EXPIRED);
            }
            // Rotation starts a new idle period but never outlives the sign-in it belongs to.
            Instant expiresAt = earlier(now.plus(ttl), token.familyExpiresAt());
            String successor = RefreshTokenValue.generate();
            store.markRotated(hash, now);
            store.insertToken(RefreshTokenValue.hash(successor), token.familyId(), now, expiresAt);
            return new Rotation.Rotated(token.accountId(),
                    new IssuedRefreshToken(successor, Duration.between(now, expiresAt)));
        });
    }

    /** Ends the sign-in the token belongs to. Unknown or already revoked tokens are fine: logout is idempotent. */
    void revokeFamilyOf(String presented) {
        store.revokeFamilyOf(RefreshTokenValue.hash(presented), "logout", now());
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    record IssuedRefreshToken(String value, Duration expiresIn) {

        @Override
        public String toString() {
            return "IssuedRefreshToken[expiresIn=" + expiresIn + "]";
        }
    }

    sealed interface Rotation {

        enum Reason {
            UNKNOWN, REVOKED, REUSED, EXPIRED
        }

        record Rotated(UUID accountId, IssuedRefreshToken successor) implements Rotation {
        }

        record Rejected(Reason reason) implements Rotation {
        }
    }
}
