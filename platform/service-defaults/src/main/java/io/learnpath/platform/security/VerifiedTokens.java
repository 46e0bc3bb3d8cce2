package io.learnpath.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * The access tokens this hop has verified lately, so that a learner's next requests with the same token skip
 * parsing, the RSA signature and the claim checks: at a hundred changes a second they were a sixth of the
 * progress-service's CPU. Envoy's JWT filter keeps such a cache for the same reason; Spring Security has none, hence
 * this small one (Caffeine does the bookkeeping).
 *
 * <p>Keyed by the token's exact text: the same bytes verify the same way. An entry lives until the token expires or
 * for {@code ttl}, whichever comes first, so an expired token is never taken from it, and a key withdrawn from the
 * auth-service's key set stops being trusted here within {@code ttl} (Nimbus keeps the key set itself for five
 * minutes anyway). Only tokens that passed are kept. Revocation is checked around this, on every request
 * ({@link AccessTokenRevocations}). A {@code ttl} of zero turns it off.
 */
final class VerifiedTokens {

    // Each entry is a parsed token of a kilobyte or two: at most some 20 MB for the tokens of the last minute.
    private static final int MAX_TOKENS = 10_000;

    private final Duration ttl;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    VerifiedTokens(Duration ttl, Clock clock, Ticker ticker) {
        this.ttl = ttl;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(MAX_TOKENS)
                .expireAfter(Expiry.creating((String token, Jwt jwt) -> lifetime(jwt)))
                .ticker(ticker)
                .build();
    }

    static VerifiedTokens lasting(Duration ttl) {
        return new VerifiedTokens(ttl, Clock.systemUTC(), Ticker.systemTicker());
    }

    JwtDecoder around(JwtDecoder decoder) {
        if (ttl.isZero()) {
            return decoder;
        }
        return token -> {
            Jwt known = verified.getIfPresent(token);
            if (known != null) {
                return known;
            }
            Jwt jwt = decoder.decode(token);
            remember(token, jwt);
            return jwt;
        };
    }

    ReactiveJwtDecoder around(ReactiveJwtDecoder decoder) {
        if (ttl.isZero()) {
            return decoder;
        }
        return token -> {
            Jwt known = verified.getIfPresent(token);
            return known != null ? Mono.just(known) : decoder.decode(token).doOnNext(jwt -> remember(token, jwt));
        };
    }

    private void remember(String token, Jwt jwt) {
        if (lifetime(jwt).isPositive()) {
            verified.put(token, jwt);
        }
    }

    private Duration lifetime(Jwt jwt) {
        Instant expires = jwt.getExpiresAt();
        if (expires == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), expires);
        return left.compareTo(ttl) < 0 ? left : ttl;
    }
}
