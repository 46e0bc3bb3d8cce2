package io.learnpath.auth.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.auth.AuthServiceIntegrationTest;
import io.learnpath.auth.keys.SigningKeyStore;
import io.learnpath.auth.tokens.AccessTokenIssuer;
import io.learnpath.auth.tokens.TokenLifetimes;
import io.learnpath.platform.security.JwtProperties;
import io.learnpath.platform.test.TestTokens;
import io.learnpath.platform.test.http.TestResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class AccountAccessIntegrationTest extends AuthServiceIntegrationTest {

    @Autowired
    SigningKeyStore keys;

    @Autowired
    JwtProperties jwt;

    @Autowired
    TokenLifetimes lifetimes;

    @Autowired
    AccountRepository accounts;

    @Test
    void showsTheCallerTheirOwnAccount() {
        String email = uniqueEmail();
        JsonNode tokens = signedIn(email);

        TestResponse me = http.get("/api/auth/me", tokens.get("accessToken").asString());

        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().get("email").asString()).isEqualTo(email);
        assertThat(me.json().get("displayName").asString()).isEqualTo("Ada Lovelace");
        assertThat(me.json().get("roles").values()).extracting(JsonNode::asString).containsExactly("LEARNER");
    }

    @Test
    void anAccountIsServedToItsOwnerOnly() {
        String email = uniqueEmail();
        UUID id = registered(email);
        String accessToken = login(email, PASSWORD).json().get("accessToken").asString();
        String otherToken = signedIn(uniqueEmail()).get("accessToken").asString();

        TestResponse own = http.get("/api/auth/accounts/" + id, accessToken);
        TestResponse someoneElses = http.get("/api/auth/accounts/" + id, otherToken);

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("email").asString()).isEqualTo(email);
        assertThat(someoneElses.status()).isEqualTo(403);
        assertThat(someoneElses.contentType()).startsWith("application/problem+json");
        assertThat(someoneElses.json().get("type").asString()).isEqualTo("https://learnpath.io/problems/forbidden");
    }

    @Test
    void refusesCallersWithoutAToken() {
        TestResponse answer = http.get("/api/auth/me");

        assertUnauthorized(answer);
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void refusesAnExpiredTokenSignedByThisService() {
        UUID id = registered(uniqueEmail());
        Account account = accounts.findById(id).orElseThrow();
        // Production code on a clock an hour behind: a genuine token of ours whose fifteen minutes are over.
        AccessTokenIssuer anHourAgo = new AccessTokenIssuer(keys, jwt, lifetimes,
                Clock.offset(Clock.systemUTC(), Duration.ofHours(-1)));

        assertUnauthorized(http.get("/api/auth/me", anHourAgo.issue(account).value()));
    }

    @Test
    void refusesTokensThisServiceDidNotSign() {
        UUID id = registered(uniqueEmail());
        TestTokens stranger = TestTokens.shared();

        assertUnauthorized(http.get("/api/auth/me", stranger.learner(id)));
        assertUnauthorized(http.get("/api/auth/me", stranger.unsigned(id)));
        assertUnauthorized(http.get("/api/auth/me", stranger.hmacSigned(id)));
        assertUnauthorized(http.get("/api/auth/me", "not.a.jwt"));
    }

    private static void assertUnauthorized(TestResponse answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }
}
