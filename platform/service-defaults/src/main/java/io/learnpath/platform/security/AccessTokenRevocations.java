package io.learnpath.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Revocation of a learner's access tokens at once, for the servlet services. Access tokens are checked offline,
 * so without this one stays valid for its fifteen minutes whatever happens to the account. The auth-service calls
 * {@link #revokeIssuedUntilNow} when an account is disabled or deleted; every hop (services here, the gateway
 * through {@link ReactiveAccessTokenRevocations}) then refuses that learner's tokens issued until then, with the
 * same 401 as any bad token. Tokens issued afterwards (the account enabled again, a new sign-in) pass.
 *
 * <p>The record is one Redis key per learner that expires once every token it covers has expired
 * ({@link TokenRevocationProperties}), so Redis only ever holds the few learners revoked in the last minutes and a
 * check is one {@code GET}. While Redis is unreachable the check lets tokens through, counted and logged
 * ({@link RevocationOutcomes}): signature, expiry and the rest are still checked, and refusing every token would
 * sign every learner out for the length of a Redis outage.
 */
public class AccessTokenRevocations {

    private final StringRedisTemplate redis;
    private final Duration ttl;
    private final Clock clock;
    private final RevocationOutcomes outcomes;

    AccessTokenRevocations(StringRedisTemplate redis, TokenRevocationProperties properties, Clock clock,
            RevocationOutcomes outcomes) {
        this.redis = redis;
        this.ttl = properties.revocationTtl();
        this.clock = clock;
        this.outcomes = outcomes;
    }

    /**
     * Records that every access token issued to this learner up to now is dead. Answers whether Redis took the
     * record; if not, the failure is logged and counted, and the tokens live until they expire.
     */
    public boolean revokeIssuedUntilNow(UUID subject) {
        try {
            redis.opsForValue().set(RevocationRecords.key(subject), RevocationRecords.value(clock.instant()), ttl);
            outcomes.recorded();
            return true;
        } catch (RuntimeException e) {
            outcomes.failed(subject, e);
            return false;
        }
    }

    /** The decoder, refusing besides what it refuses the tokens of a revoked learner. */
    public JwtDecoder refusingRevoked(JwtDecoder decoder) {
        return token -> {
            Jwt jwt = decoder.decode(token);
            if (isRevoked(jwt)) {
                throw revoked();
            }
            return jwt;
        };
    }

    private boolean isRevoked(Jwt token) {
        String record;
        try {
            record = redis.opsForValue().get(RevocationRecords.key(token));
        } catch (RuntimeException e) {
            outcomes.unchecked(e);
            return false;
        }
        boolean revoked = RevocationRecords.kills(record, token);
        if (revoked) {
            outcomes.revoked();
        } else {
            outcomes.valid();
        }
        return revoked;
    }

    /** A validation failure, so Spring Security answers it like any other bad token (401, invalid_token). */
    static JwtValidationException revoked() {
        return new JwtValidationException("The token was revoked",
                List.of(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The token was revoked", null)));
    }
}
