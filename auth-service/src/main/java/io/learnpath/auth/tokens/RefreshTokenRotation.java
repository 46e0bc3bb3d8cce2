package io.learnpath.auth.tokens;

import io.learnpath.auth.audit.AuditAction;
import io.learnpath.auth.audit.AuditTrail;
import io.learnpath.auth.tokens.AccessTokenIssuer.AccessToken;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refresh tokens are single-use (OAuth 2.0 Security BCP, section 4.14): each exchange marks the presented token
 * rotated and issues its successor in the same family. A rotated token presented again means two parties hold the
 * family's tokens, one of them a thief, and nothing tells which: the whole family is revoked, so both have to sign
 * in again.
 *
 * <p>Except within the reuse grace ({@link RefreshTokenReuseGrace}, 10 s): two tabs refreshing with the same token
 * at once are one owner, not a thief and an owner. The rotation keeps the pair it handed out (sealed) on the rotated
 * token's row, and a second request within the grace gets that very pair, so no second successor, and no second
 * family, is ever minted. The row lock makes the second request wait for the first one's commit, so it always finds
 * the pair. The access token is issued inside the rotation's transaction for the same reason.
 */
@Component
class RefreshTokenRotation {

    private static final Logger log = LoggerFactory.getLogger(RefreshTokenRotation.class);

    private final RefreshTokenStore store;
    private final GraceAnswers graceAnswers;
    private final TransactionTemplate transaction;
    private final Duration ttl;
    private final Duration absoluteTtl;
    private final RefreshTokenReuseGrace grace;
    private final Clock clock;
    private final AuditTrail audit;

    RefreshTokenRotation(RefreshTokenStore store, GraceAnswers graceAnswers, TransactionTemplate transaction,
            TokenLifetimes lifetimes, RefreshTokenReuseGrace grace, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.store = store;
        this.graceAnswers = graceAnswers;
        this.transaction = transaction;
        this.ttl = lifetimes.refreshTokenTtl();
        this.absoluteTtl = lifetimes.refreshTokenAbsoluteTtl();
        this.grace = grace;
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

    /**
     * @param accessTokenFor the access token to hand out with the successor, for the token's account; empty when
     *                       the account may not have one (it is disabled)
     */
    Rotation rotate(String presented, Function<UUID, Optional<AccessToken>> accessTokenFor) {
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
            if (token.rotatedAt().isPresent()) {
                return repeatOrRevoke(hash, token, token.rotatedAt().get(), now);
            }
            if (!token.expiresAt().isAfter(now)) {
                return new Rotation.Rejected(Rotation.Reason.EXPIRED);
            }
            Optional<AccessToken> access = accessTokenFor.apply(token.accountId());
            if (access.isEmpty()) {
                return new Rotation.Rejected(Rotation.Reason.DISABLED);
            }
            // Rotation starts a new idle period but never outlives the sign-in it belongs to.
            Instant expiresAt = earlier(now.plus(ttl), token.familyExpiresAt());
            String successor = RefreshTokenValue.generate();
            IssuedPair pair = new IssuedPair(access.get(),
                    new IssuedRefreshToken(successor, Duration.between(now, expiresAt)));
            store.markRotated(hash, now, grace.enabled() ? graceAnswers.seal(hash, pair) : null);
            store.insertToken(RefreshTokenValue.hash(successor), token.familyId(), now, expiresAt);
            return new Rotation.Rotated(pair);
        });
    }

    private Rotation repeatOrRevoke(byte[] hash, RefreshTokenStore.PresentedToken token, Instant rotatedAt,
            Instant now) {
        Duration elapsed = Duration.between(rotatedAt, now);
        if (token.graceAnswer().isPresent() && elapsed.compareTo(grace.duration()) < 0) {
            return new Rotation.Repeated(graceAnswers.open(hash, token.graceAnswer().get(), elapsed));
        }
        store.revokeFamily(token.familyId(), "reuse-detected", now);
        audit.record(token.accountId(), AuditAction.REFRESH_TOKEN_REUSE_DETECTED, "family " + token.familyId());
        store.forgetGraceAnswer(hash);
        log.warn("Refresh token reuse in family {} of account {}: family revoked", token.familyId(),
                token.accountId());
        return new Rotation.Rejected(Rotation.Reason.REUSED);
    }

    /** Ends the sign-in the token belongs to. Unknown or already revoked tokens are fine: logout is idempotent. */
    void revokeFamilyOf(String presented) {
        store.revokeFamilyOf(RefreshTokenValue.hash(presented), "logout", now())
                .ifPresent(accountId -> audit.record(accountId, AuditAction.SIGNED_OUT, null));
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

    /** What a refresh hands out: an access token and the successor refresh token. */
    record IssuedPair(AccessToken access, IssuedRefreshToken refresh) {
    }

    sealed interface Rotation {

        enum Reason {
            UNKNOWN, REVOKED, REUSED, EXPIRED, DISABLED
        }

        /** The token was exchanged for a new pair. */
        record Rotated(IssuedPair pair) implements Rotation {
        }

        /** The token had just been exchanged (within the reuse grace): the pair that exchange handed out. */
        record Repeated(IssuedPair pair) implements Rotation {
        }

        record Rejected(Reason reason) implements Rotation {
        }
    }
}
