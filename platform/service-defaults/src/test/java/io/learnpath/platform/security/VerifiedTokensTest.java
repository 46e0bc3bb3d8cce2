package io.learnpath.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger verifications = new AtomicInteger();
    private final VerifiedTokens tokens = new VerifiedTokens(Duration.ofSeconds(60),
            Clock.fixed(NOW, ZoneOffset.UTC), nanos::get);

    @Test
    void aTokenIsVerifiedOnceAndThenRemembered() {
        JwtDecoder decoder = tokens.around(verifying(NOW.plusSeconds(900)));

        Jwt first = decoder.decode("token-a");
        Jwt second = decoder.decode("token-a");

        assertThat(second).isSameAs(first);
        assertThat(verifications).hasValue(1);
        decoder.decode("token-b");
        assertThat(verifications).as("another token is verified on its own").hasValue(2);
    }

    @Test
    void aTokenThatFailsIsNeverRemembered() {
        JwtDecoder failing = token -> {
            verifications.incrementAndGet();
            throw new BadJwtException("bad signature");
        };
        JwtDecoder decoder = tokens.around(failing);

        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aTokenIsForgottenWhenItExpiresEvenBeforeTheCachesTimeIsUp() {
        JwtDecoder decoder = tokens.around(verifying(NOW.plusSeconds(30)));
        decoder.decode("short-lived");

        nanos.addAndGet(Duration.ofSeconds(29).toNanos());
        decoder.decode("short-lived");
        assertThat(verifications).hasValue(1);

        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        decoder.decode("short-lived");
        assertThat(verifications).as("verified again once past its expiry").hasValue(2);
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterTheCachesTime() {
        JwtDecoder decoder = tokens.around(verifying(NOW.plusSeconds(900)));
        decoder.decode("long-lived");

        nanos.addAndGet(Duration.ofSeconds(61).toNanos());
        decoder.decode("long-lived");

        assertThat(verifications).hasValue(2);
    }

    @Test
    void theGatewaysReactiveDecoderRemembersToo() {
        JwtDecoder blocking = verifying(NOW.plusSeconds(900));
        ReactiveJwtDecoder decoder = tokens.around((ReactiveJwtDecoder) token -> Mono.fromCallable(
                () -> blocking.decode(token)));

        Jwt first = decoder.decode("token-a").block();
        Jwt second = decoder.decode("token-a").block();

        assertThat(second).isSameAs(first);
        assertThat(verifications).hasValue(1);
    }

    @Test
    void aZeroTimeTurnsItOff() {
        JwtDecoder decoder = new VerifiedTokens(Duration.ZERO, Clock.fixed(NOW, ZoneOffset.UTC), nanos::get)
                .around(verifying(NOW.plusSeconds(900)));

        decoder.decode("token-a");
        decoder.decode("token-a");

        assertThat(verifications).hasValue(2);
    }

    private JwtDecoder verifying(Instant expiresAt) {
        return token -> {
            verifications.incrementAndGet();
            return Jwt.withTokenValue(token).header("alg", "RS256").subject("learner").issuedAt(NOW)
                    .expiresAt(expiresAt).build();
        };
    }
}
