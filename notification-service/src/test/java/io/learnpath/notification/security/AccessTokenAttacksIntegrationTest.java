package io.learnpath.notification.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.notification.support.IntegrationTest;
import io.learnpath.platform.security.AccessTokenRevocations;
import io.learnpath.platform.test.AccessTokenAttack;
import io.learnpath.platform.test.AccessTokenForger;
import io.learnpath.platform.test.TestTokens;
import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.platform.test.http.TestResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The attack suite against the notification-service, which checks every token again behind the gateway: each
 * forgery is a 401 problem on the learner's inbox, which a genuine token of that learner reads. Revocation is the
 * real check against the real Redis.
 */
@IntegrationTest
class AccessTokenAttacksIntegrationTest {

    private static final AccessTokenForger FORGER = TestTokens.shared().forger();

    @LocalServerPort
    int port;

    @Autowired
    AccessTokenRevocations revocations;

    private TestHttp http;

    @BeforeEach
    void connect() {
        http = TestHttp.at(port);
    }

    @ParameterizedTest(name = "a token {0} is refused")
    @EnumSource(AccessTokenAttack.class)
    void refusesTheAttack(AccessTokenAttack attack) {
        UUID learner = UUID.randomUUID();

        assertRefused(inbox(attack.forge(FORGER, learner, "LEARNER")));
        assertThat(inbox(FORGER.genuine(learner, "LEARNER")).status()).isEqualTo(200);
        assertThat(AccessTokenAttack.attackerKeyFetches()).as("requests for the attacker's keys").isZero();
    }

    @Test
    void aTokenExpiredWithinTheClockSkewIsStillAccepted() {
        assertThat(inbox(FORGER.expiredWithinTheSkew(UUID.randomUUID(), "LEARNER")).status()).isEqualTo(200);
    }

    @Test
    void aTokenValidFromWithinTheClockSkewIsAlreadyAccepted() {
        assertThat(inbox(FORGER.notYetValidWithinTheSkew(UUID.randomUUID(), "LEARNER")).status()).isEqualTo(200);
    }

    @Test
    void aRevokedLearnersTokensAreRefusedAtOnceAndTheirNewOnesAccepted() {
        UUID learner = UUID.randomUUID();
        String issuedBefore = FORGER.genuine(learner, "LEARNER");
        assertThat(inbox(issuedBefore).status()).isEqualTo(200);

        assertThat(revocations.revokeIssuedUntilNow(learner)).isTrue();

        assertRefused(inbox(issuedBefore));
        // iat has whole seconds: the next second is the first a new token can be told apart from revoked ones.
        assertThat(inbox(FORGER.issuedAt(Instant.now().plusSeconds(1), learner, "LEARNER")).status()).isEqualTo(200);
        assertThat(inbox(FORGER.genuine(UUID.randomUUID(), "LEARNER")).status()).isEqualTo(200);
    }

    private TestResponse inbox(String token) {
        return http.get("/api/notifications", token);
    }

    private static void assertRefused(TestResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("https://learnpath.io/problems/unauthorized");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }
}
