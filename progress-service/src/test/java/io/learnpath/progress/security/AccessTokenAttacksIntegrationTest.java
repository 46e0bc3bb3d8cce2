package io.learnpath.progress.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.platform.security.AccessTokenRevocations;
import io.learnpath.platform.test.AccessTokenAttack;
import io.learnpath.platform.test.AccessTokenForger;
import io.learnpath.platform.test.http.TestResponse;
import io.learnpath.progress.ProgressIntegrationTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The attack suite against the progress-service, which checks every token again behind the gateway: each forgery
 * is a 401 problem on a learner's summary, which a genuine token of that learner reads. Revocation is the real
 * check against the real Redis.
 */
class AccessTokenAttacksIntegrationTest extends ProgressIntegrationTest {

    private static final AccessTokenForger FORGER = TOKENS.forger();
    private static final String SLUG = uniqueSlug("attacks");
    private static boolean published;

    @Autowired
    AccessTokenRevocations revocations;

    @BeforeEach
    void aRoadmapToReadProgressOn() {
        if (!published) {
            publishAndAwait(roadmap(UUID.randomUUID(), SLUG, "Attacks", 1, topic(UUID.randomUUID(), "http", "BASIC", 1)));
            published = true;
        }
    }

    @ParameterizedTest(name = "a token {0} is refused")
    @EnumSource(AccessTokenAttack.class)
    void refusesTheAttack(AccessTokenAttack attack) {
        UUID learner = UUID.randomUUID();

        assertRefused(summary(attack.forge(FORGER, learner, "LEARNER")));
        assertThat(summary(FORGER.genuine(learner, "LEARNER")).status()).isEqualTo(200);
        assertThat(AccessTokenAttack.attackerKeyFetches()).as("requests for the attacker's keys").isZero();
    }

    @Test
    void aTokenExpiredWithinTheClockSkewIsStillAccepted() {
        assertThat(summary(FORGER.expiredWithinTheSkew(UUID.randomUUID(), "LEARNER")).status()).isEqualTo(200);
    }

    @Test
    void aTokenValidFromWithinTheClockSkewIsAlreadyAccepted() {
        assertThat(summary(FORGER.notYetValidWithinTheSkew(UUID.randomUUID(), "LEARNER")).status()).isEqualTo(200);
    }

    @Test
    void aRevokedLearnersTokensAreRefusedAtOnceAndTheirNewOnesAccepted() {
        UUID learner = UUID.randomUUID();
        String issuedBefore = FORGER.genuine(learner, "LEARNER");
        assertThat(summary(issuedBefore).status()).isEqualTo(200);

        assertThat(revocations.revokeIssuedUntilNow(learner)).isTrue();

        assertRefused(summary(issuedBefore));
        // iat has whole seconds: the next second is the first a new token can be told apart from revoked ones.
        assertThat(summary(FORGER.issuedAt(Instant.now().plusSeconds(1), learner, "LEARNER")).status()).isEqualTo(200);
        assertThat(summary(FORGER.genuine(UUID.randomUUID(), "LEARNER")).status()).isEqualTo(200);
    }

    private TestResponse summary(String token) {
        return http.get("/api/progress/roadmaps/" + SLUG, token);
    }

    private static void assertRefused(TestResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("https://learnpath.io/problems/unauthorized");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }
}
