package io.learnpath.auth.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.auth.AuthServiceIntegrationTest;
import io.learnpath.platform.test.TestTokens;
import io.learnpath.platform.test.http.TestResponse;
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

        TestResponse answer = refresh(first.get("refreshToken").asString());

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.header("Cache-Control")).contains("no-store");
        JsonNode second = answer.json();
        assertThat(second.get("tokenType").asString()).isEqualTo("Bearer");
        assertThat(second.get("refreshToken").asString()).isNotEqualTo(first.get("refreshToken").asString());
        assertThat(second.get("accessToken").asString()).isNotEqualTo(first.get("accessToken").asString());
        assertThat(http.get("/api/auth/me", second.get("accessToken").asString()).status()).isEqualTo(200);
        // The successor works in turn.
        assertThat(refresh(second.get("refreshToken").asString()).status()).isEqualTo(200);
    }

    @Test
    void logoutEndsTheSession() {
        String refreshToken = signedIn(uniqueEmail()).get("refreshToken").asString();

        TestResponse logout = http.request("/api/auth/logout").json(Map.of("refreshToken", refreshToken)).post();

        assertThat(logout.status()).isEqualTo(204);
        assertInvalidRefreshToken(refresh(refreshToken));
        assertThat(http.request("/api/auth/logout").json(Map.of("refreshToken", refreshToken)).post().status())
                .as("logging out twice is fine").isEqualTo(204);
    }

    @Test
    void anExpiredAccessTokenStillInTheHeadersDoesNotBlockRefreshOrLogout() {
        String refreshToken = signedIn(uniqueEmail()).get("refreshToken").asString();
        String stale = TestTokens.shared().expired(UUID.randomUUID());

        TestResponse refreshed = http.request("/api/auth/refresh").token(stale)
                .json(Map.of("refreshToken", refreshToken)).post();
        TestResponse logout = http.request("/api/auth/logout").token(stale)
                .json(Map.of("refreshToken", refreshed.json().get("refreshToken").asString())).post();

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(logout.status()).isEqualTo(204);
    }

    @Test
    void logoutLeavesOtherSessionsAlone() {
        String email = uniqueEmail();
        String laptop = signedIn(email).get("refreshToken").asString();
        String phone = login(email, PASSWORD).json().get("refreshToken").asString();

        http.request("/api/auth/logout").json(Map.of("refreshToken", laptop)).post();

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
            TestResponse refresh = http.request("/api/auth/refresh").json(body).post();
            TestResponse logout = http.request("/api/auth/logout").json(body).post();
            assertThat(refresh.status()).as(body).isEqualTo(400);
            assertThat(logout.status()).as(body).isEqualTo(400);
            assertThat(refresh.contentType()).startsWith("application/problem+json");
        }
    }

    private TestResponse refresh(String refreshToken) {
        return http.request("/api/auth/refresh").json(Map.of("refreshToken", refreshToken)).post();
    }

    private static void assertInvalidRefreshToken(TestResponse answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asString())
                .isEqualTo("https://learnpath.io/problems/invalid-refresh-token");
    }
}
