package io.learnpath.auth.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.auth.AuthServiceIntegrationTest;
import io.learnpath.platform.test.TestTokens;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class RefreshTokenIntegrationTest extends AuthServiceIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void exchangesARefreshTokenForANewPair() {
        JsonNode first = signedIn(uniqueEmail());

        Answer answer = refresh(first.get("refreshToken").asString());

        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        assertThat(answer.header("Cache-Control")).contains("no-store");
        JsonNode second = answer.body();
        assertThat(second.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(second.get("refreshToken").asString()).isNotEqualTo(first.get("refreshToken").asString());
        assertThat(second.get("accessToken").asString()).isNotEqualTo(first.get("accessToken").asString());
        assertThat(getWithToken("/api/auth/me", second.get("accessToken").asString()).status()).isEqualTo(200);
        // The successor works in turn.
        assertThat(refresh(second.get("refreshToken").asString()).status()).isEqualTo(200);
    }

    @Test
    void reusingARotatedTokenRevokesTheWholeFamily() {
        JsonNode first = signedIn(uniqueEmail());
        String stolen = first.get("refreshToken").asString();
        String successor = refresh(stolen).body().get("refreshToken").asString();

        Answer reuse = refresh(stolen);

        assertInvalidRefreshToken(reuse);
        // The legitimate holder's newer token dies with the family: nobody can tell thief from owner.
        assertInvalidRefreshToken(refresh(successor));
    }

    @Test
    void logoutEndsTheSession() {
        String refreshToken = signedIn(uniqueEmail()).get("refreshToken").asString();

        Answer logout = post("/api/auth/logout", Map.of("refreshToken", refreshToken));

        assertThat(logout.status()).isEqualTo(204);
        assertInvalidRefreshToken(refresh(refreshToken));
        assertThat(post("/api/auth/logout", Map.of("refreshToken", refreshToken)).status())
                .as("logging out twice is fine").isEqualTo(204);
    }

    @Test
    void anExpiredAccessTokenStillInTheHeadersDoesNotBlockRefreshOrLogout() {
        String refreshToken = signedIn(uniqueEmail()).get("refreshToken").asString();
        String stale = TestTokens.shared().expired(UUID.randomUUID());

        Answer refreshed = post("/api/auth/refresh", Map.of("refreshToken", refreshToken), stale);
        Answer logout = post("/api/auth/logout",
                Map.of("refreshToken", refreshed.body().get("refreshToken").asString()), stale);

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(logout.status()).isEqualTo(204);
    }

    @Test
    void logoutLeavesOtherSessionsAlone() {
        String email = uniqueEmail();
        String laptop = signedIn(email).get("refreshToken").asString();
        String phone = login(email, PASSWORD).body().get("refreshToken").asString();

        post("/api/auth/logout", Map.of("refreshToken", laptop));

        assertThat(refresh(phone).status()).isEqualTo(200);
    }

    @Test
    void refusesUnknownAndExpiredTokens() {
        assertInvalidRefreshToken(refresh("A".repeat(43)));

        String refreshToken = signedIn(uniqueEmail()).get("refreshToken").asString();
        jdbc.sql("UPDATE refresh_token SET expires_at = now() - interval '1 second' WHERE token_hash = ?")
                .param(RefreshTokenValue.hash(refreshToken)).update();
        assertInvalidRefreshToken(refresh(refreshToken));
    }

    @Test
    void storesOnlyHashesOfRefreshTokens() {
        String refreshToken = signedIn(uniqueEmail()).get("refreshToken").asString();

        int stored = jdbc.sql("SELECT count(*) FROM refresh_token WHERE token_hash = ?")
                .param(RefreshTokenValue.hash(refreshToken)).query(Integer.class).single();

        assertThat(stored).isEqualTo(1);
    }

    @Test
    void refusesMalformedRequests() {
        for (String body : new String[] { "{}", "{\"refreshToken\": \"\"}", "{\"refreshToken\": 12",
                "{\"refreshToken\": \"" + "x".repeat(300) + "\"}" }) {
            Answer refresh = post("/api/auth/refresh", body);
            Answer logout = post("/api/auth/logout", body);
            assertThat(refresh.status()).as(body).isEqualTo(400);
            assertThat(logout.status()).as(body).isEqualTo(400);
            assertThat(refresh.contentType()).startsWith("application/problem+json");
        }
    }

    private Answer refresh(String refreshToken) {
        return post("/api/auth/refresh", Map.of("refreshToken", refreshToken));
    }

    private static void assertInvalidRefreshToken(Answer answer) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body().get("type").asString())
                .isEqualTo("https://learnpath.io/problems/invalid-refresh-token");
    }
}
