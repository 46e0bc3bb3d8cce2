package io.learnpath.content.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.content.ContentServiceIntegrationTest;
import io.learnpath.platform.security.AccessTokenRevocations;
import io.learnpath.platform.test.AccessTokenAttack;
import io.learnpath.platform.test.AccessTokenForger;
import io.learnpath.platform.test.TestTokens;
import io.learnpath.platform.test.http.TestResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The attack suite against the content-service, which checks every token again behind the gateway: each forgery
 * is a 401 problem on the editors' draft, which a genuine editor's token reads. Tampering with the roles of a
 * learner's token never makes an editor. Revocation is the real check against the real Redis.
 */
class AccessTokenAttacksIntegrationTest extends ContentServiceIntegrationTest {

    private static final AccessTokenForger FORGER = TestTokens.shared().forger();
    private static final String DRAFT = "/api/content/draft/roadmaps/web";

    @Autowired
    AccessTokenRevocations revocations;

    @ParameterizedTest(name = "a token {0} is refused")
    @EnumSource(AccessTokenAttack.class)
    void refusesTheAttack(AccessTokenAttack attack) {
        UUID editor = UUID.randomUUID();

        assertRefused(api.get(DRAFT, attack.forge(FORGER, editor, "LEARNER", "EDITOR")));
        assertThat(api.get(DRAFT, FORGER.genuine(editor, "LEARNER", "EDITOR")).status()).isEqualTo(200);
        assertThat(AccessTokenAttack.attackerKeyFetches()).as("requests for the attacker's keys").isZero();
    }

    @Test
    void aTokenExpiredWithinTheClockSkewIsStillAccepted() {
        assertThat(api.get(DRAFT, FORGER.expiredWithinTheSkew(UUID.randomUUID(), "EDITOR")).status()).isEqualTo(200);
    }

    @Test
    void aTokenValidFromWithinTheClockSkewIsAlreadyAccepted() {
        assertThat(api.get(DRAFT, FORGER.notYetValidWithinTheSkew(UUID.randomUUID(), "EDITOR")).status())
                .isEqualTo(200);
    }

    @Test
    void aRevokedEditorsTokensAreRefusedAtOnceAndTheirNewOnesAccepted() {
        UUID editor = UUID.randomUUID();
        String issuedBefore = FORGER.genuine(editor, "LEARNER", "EDITOR");
        assertThat(api.get(DRAFT, issuedBefore).status()).isEqualTo(200);

        assertThat(revocations.revokeIssuedUntilNow(editor)).isTrue();

        assertRefused(api.get(DRAFT, issuedBefore));
        // iat has whole seconds: the next second is the first a new token can be told apart from revoked ones.
        assertThat(api.get(DRAFT, FORGER.issuedAt(Instant.now().plusSeconds(1), editor, "LEARNER", "EDITOR"))
                .status()).isEqualTo(200);
        assertThat(api.get(DRAFT, FORGER.genuine(UUID.randomUUID(), "EDITOR")).status()).isEqualTo(200);
    }

    private static void assertRefused(TestResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("https://learnpath.io/problems/unauthorized");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }
}
