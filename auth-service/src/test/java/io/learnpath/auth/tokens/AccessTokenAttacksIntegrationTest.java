package io.learnpath.auth.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.auth.AuthServiceIntegrationTest;
import io.learnpath.auth.account.AccountAdministration;
import io.learnpath.auth.keys.SigningKeyStore;
import io.learnpath.platform.security.JwtProperties;
import io.learnpath.platform.test.AccessTokenAttack;
import io.learnpath.platform.test.AccessTokenForger;
import io.learnpath.platform.test.http.TestResponse;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The attack suite against the auth-service, forged with its real signing key: every forgery is a 401 problem on
 * {@code GET /api/auth/me}, while a genuine token for the same account reads it. A real refresh token is no access
 * token, and disabling an account through the admin API ends its access tokens at once.
 */
class AccessTokenAttacksIntegrationTest extends AuthServiceIntegrationTest {

    @Autowired
    SigningKeyStore keys;

    @Autowired
    JwtProperties jwt;

    @Autowired
    AccountAdministration administration;

    @ParameterizedTest(name = "a token {0} is refused")
    @EnumSource(AccessTokenAttack.class)
    void refusesTheAttack(AccessTokenAttack attack) {
        UUID learner = registered(uniqueEmail());

        assertRefused(callMe(attack.forge(forger(), learner, "LEARNER")));
        assertThat(callMe(forger().genuine(learner, "LEARNER")).status()).isEqualTo(200);
        assertThat(AccessTokenAttack.attackerKeyFetches()).as("requests for the attacker's keys").isZero();
    }

    @Test
    void theAccessTokensItIssuesSayTheyAreAccessTokens() {
        String accessToken = signedIn(uniqueEmail()).get("accessToken").asString();

        JsonNode header = json.readTree(Base64.getUrlDecoder().decode(accessToken.split("\\.")[0]));
        assertThat(header.get("typ").asString()).isEqualTo("at+jwt");
        assertThat(callMe(accessToken).status()).isEqualTo(200);
    }

    @Test
    void aRefreshTokenIsNoAccessToken() {
        JsonNode session = signedIn(uniqueEmail());

        assertRefused(callMe(session.get("refreshToken").asString()));
        assertThat(callMe(session.get("accessToken").asString()).status()).isEqualTo(200);
    }

    @Test
    void aTokenExpiredWithinTheClockSkewIsStillAccepted() {
        UUID learner = registered(uniqueEmail());

        assertThat(callMe(forger().expiredWithinTheSkew(learner, "LEARNER")).status()).isEqualTo(200);
    }

    @Test
    void aTokenValidFromWithinTheClockSkewIsAlreadyAccepted() {
        UUID learner = registered(uniqueEmail());

        assertThat(callMe(forger().notYetValidWithinTheSkew(learner, "LEARNER")).status()).isEqualTo(200);
    }

    @Test
    void disablingAnAccountEndsItsAccessTokensAtOnce() {
        String admin = adminToken();
        JsonNode session = signedIn(uniqueEmail());
        String accessToken = session.get("accessToken").asString();
        String id = callMe(accessToken).json().get("id").asString();

        TestResponse disabled = http.request("/api/auth/admin/accounts/" + id + "/disable").token(admin).post();

        assertThat(disabled.status()).as(disabled.toString()).isEqualTo(204);
        assertRefused(callMe(accessToken));
        assertThat(callMe(admin).status()).isEqualTo(200);
    }

    private AccessTokenForger forger() {
        return new AccessTokenForger(keys.activeKey().jwk(), jwt.issuer(), jwt.audience(), jwt.clockSkew());
    }

    private String adminToken() {
        String email = uniqueEmail();
        UUID admin = registered(email);
        administration.changeRoles(admin, List.of("EDITOR", "ADMIN"), admin);
        TestResponse signIn = login(email, PASSWORD);
        assertThat(signIn.status()).as(signIn.toString()).isEqualTo(200);
        return signIn.json().get("accessToken").asString();
    }

    private TestResponse callMe(String token) {
        return http.get("/api/auth/me", token);
    }

    private static void assertRefused(TestResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("https://learnpath.io/problems/unauthorized");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }
}
