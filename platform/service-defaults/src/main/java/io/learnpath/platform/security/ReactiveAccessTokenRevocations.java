package io.learnpath.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * {@link AccessTokenRevocations} for the gateway: the same records, read with the reactive Redis client so the
 * check never blocks an event-loop thread. The same rules apply: a revoked learner's token is a 401, and while
 * Redis is unreachable tokens pass, counted and logged.
 */
public class ReactiveAccessTokenRevocations {

    private final ReactiveStringRedisTemplate redis;
    private final Duration ttl;
    private final Clock clock;
    private final RevocationOutcomes outcomes;

    ReactiveAccessTokenRevocations(ReactiveStringRedisTemplate redis, TokenRevocationProperties properties,
            Clock clock, RevocationOutcomes outcomes) {
        this.redis = redis;
        this.ttl = properties.revocationTtl();
        this.clock = clock;
        this.outcomes = outcomes;
    }

    /** As {@link AccessTokenRevocations#revokeIssuedUntilNow}: emits whether Redis took the record. */
    public Mono<Boolean> revokeIssuedUntilNow(UUID subject) {
        return Mono.defer(() -> redis.opsForValue()
                        .set(RevocationRecords.key(subject), RevocationRecords.value(clock.instant()), ttl))
                .doOnNext(stored -> outcomes.recorded())
                .onErrorResume(e -> {
                    outcomes.failed(subject, e);
                    return Mono.just(false);
                });
    }

    /** The decoder, refusing besides what it refuses the tokens of a revoked learner. */
    public ReactiveJwtDecoder refusingRevoked(ReactiveJwtDecoder decoder) {
        return token -> decoder.decode(token).flatMap(this::unlessRevoked);
    }

    private Mono<Jwt> unlessRevoked(Jwt token) {
        return Mono.defer(() -> redis.opsForValue().get(RevocationRecords.key(token)))
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty())
                // Empty from here on: Redis could not say, and the token passes unchecked.
                .onErrorResume(e -> {
                    outcomes.unchecked(e);
                    return Mono.empty();
                })
                .flatMap(record -> {
                    if (RevocationRecords.kills(record.orElse(null), token)) {
                        outcomes.revoked();
                        return Mono.error(AccessTokenRevocations.revoked());
                    }
                    outcomes.valid();
                    return Mono.just(token);
                })
                .defaultIfEmpty(token);
    }
}
