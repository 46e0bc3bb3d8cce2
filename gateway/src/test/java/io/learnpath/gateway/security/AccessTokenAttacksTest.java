package io.learnpath.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.gateway.GatewayIntegrationTest;
import io.learnpath.platform.security.ReactiveAccessTokenRevocations;
import io.learnpath.platform.test.AccessTokenAttack;
import io.learnpath.platform.test.AccessTokenForger;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The attack suite at the edge: every forged, stale or revoked access token is a 401 problem and never reaches a
 * service, while the same request with a genuine token goes through. Revocation is the real check against the real
 * Redis, recorded through the platform's component as the auth-service records it.
 */
class AccessTokenAttacksTest extends GatewayIntegrationTest {

    private static final AccessTokenForger FORGER = TOKENS.forger();

    @Autowired
    ReactiveAccessTokenRevocations revocations;

    @ParameterizedTest(name = "a token {0} is refused")
    @EnumSource(AccessTokenAttack.class)
    void refusesTheAttack(AccessTokenAttack attack) {
        UUID learner = UUID.randomUUID();

        assertRefused(attack.forge(FORGER, learner, "LEARNER"));
        assertAccepted(FORGER.genuine(learner, "LEARNER"));
        assertThat(AccessTokenAttack.attackerKeyFetches()).as("requests for the attacker's keys").isZero();
    }

    @Test
    void aTokenExpiredWithinTheClockSkewIsStillAccepted() {
        assertAccepted(FORGER.expiredWithinTheSkew(UUID.randomUUID(), "LEARNER"));
    }

    @Test
    void aTokenValidFromWithinTheClockSkewIsAlreadyAccepted() {
        assertAccepted(FORGER.notYetValidWithinTheSkew(UUID.randomUUID(), "LEARNER"));
    }

    @Test
    void aRevokedLearnersTokensAreRefusedAtOnceAndTheirNewOnesAccepted() {
        UUID learner = UUID.randomUUID();
        String issuedBefore = FORGER.genuine(learner, "LEARNER");
        assertAccepted(issuedBefore);

        assertThat(revocations.revokeIssuedUntilNow(learner).block(Duration.ofSeconds(10))).isTrue();

        assertRefused(issuedBefore);
        // iat has whole seconds: the next second is the first a new token can be told apart from revoked ones.
        assertAccepted(FORGER.issuedAt(Instant.now().plusSeconds(1), learner, "LEARNER"));
        assertAccepted(FORGER.genuine(UUID.randomUUID(), "LEARNER"));
    }

    private void assertRefused(String token) {
        String marker = marker();
        gateway().get().uri("/api/notifications/unread?" + marker)
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://learnpath.io/problems/unauthorized");
        assertThat(DOWNSTREAM.receivedWith(marker)).isEmpty();
    }

    private void assertAccepted(String token) {
        String marker = marker();
        gateway().get().uri("/api/notifications/unread?" + marker)
                .header(HttpHeaders.AUTHORIZATION, bearer(token))
                .exchange()
                .expectStatus().isOk();
        assertThat(DOWNSTREAM.receivedWith(marker)).singleElement();
    }
}
