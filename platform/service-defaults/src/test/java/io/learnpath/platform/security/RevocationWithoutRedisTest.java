package io.learnpath.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.platform.infrastructure.FreePorts;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.oauth2.jwt.Jwt;
import reactor.core.publisher.Mono;

/**
 * While Redis is unreachable (a real client against a port where nothing listens), the revocation check lets
 * tokens through, on both stacks, and says so in its counter; a revocation that cannot be recorded says so too.
 */
class RevocationWithoutRedisTest {

    private final LettuceConnectionFactory unreachable = unreachableRedis();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final RevocationOutcomes outcomes = new RevocationOutcomes(meters, Clock.systemUTC());
    private final TokenRevocationProperties properties = new TokenRevocationProperties(Duration.ofMinutes(16));
    private final Jwt token = Jwt.withTokenValue("token").header("alg", "RS256")
            .subject(UUID.randomUUID().toString()).issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(900))
            .build();

    @AfterEach
    void close() {
        unreachable.destroy();
    }

    @Test
    void aServiceLetsTokensThroughAndCountsThemUnchecked() {
        AccessTokenRevocations revocations = new AccessTokenRevocations(new StringRedisTemplate(unreachable),
                properties, Clock.systemUTC(), outcomes);

        assertThat(revocations.refusingRevoked(value -> token).decode("token")).isSameAs(token);
        assertThat(revocations.revokeIssuedUntilNow(UUID.randomUUID())).isFalse();

        assertThat(count("learnpath.security.revocation.checks", "unchecked")).isEqualTo(1);
        assertThat(count("learnpath.security.revocation.checks", "valid")).isZero();
        assertThat(count("learnpath.security.revocations", "failed")).isEqualTo(1);
    }

    @Test
    void theGatewayLetsTokensThroughAndCountsThemUnchecked() {
        ReactiveAccessTokenRevocations revocations = new ReactiveAccessTokenRevocations(
                new ReactiveStringRedisTemplate(unreachable), properties, Clock.systemUTC(), outcomes);

        assertThat(revocations.refusingRevoked(value -> Mono.just(token)).decode("token")
                .block(Duration.ofSeconds(10))).isSameAs(token);
        assertThat(revocations.revokeIssuedUntilNow(UUID.randomUUID()).block(Duration.ofSeconds(10))).isFalse();

        assertThat(count("learnpath.security.revocation.checks", "unchecked")).isEqualTo(1);
        assertThat(count("learnpath.security.revocation.checks", "valid")).isZero();
        assertThat(count("learnpath.security.revocations", "failed")).isEqualTo(1);
    }

    private double count(String name, String outcome) {
        return meters.get(name).tag("outcome", outcome).counter().count();
    }

    private static LettuceConnectionFactory unreachableRedis() {
        LettuceConnectionFactory factory = new LettuceConnectionFactory(
                new RedisStandaloneConfiguration("127.0.0.1", FreePorts.any()),
                LettuceClientConfiguration.builder().commandTimeout(Duration.ofMillis(500)).build());
        factory.afterPropertiesSet();
        factory.start();
        return factory;
    }
}
