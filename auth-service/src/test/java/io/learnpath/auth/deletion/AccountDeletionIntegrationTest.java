package io.learnpath.auth.deletion;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.auth.AuthServiceIntegrationTest;
import io.learnpath.auth.events.UserDeleted;
import io.learnpath.platform.test.contract.ContractExample;
import io.learnpath.platform.test.http.TestResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A learner deletes their own account: password again, then gone everywhere, tokens included. */
class AccountDeletionIntegrationTest extends AuthServiceIntegrationTest {

    @Test
    void deletingNeedsThePasswordThenEndsTheAccountAndAnnouncesIt() {
        String email = uniqueEmail();
        UUID id = registered(email);
        JsonNode session = login(email, PASSWORD).json();
        String accessToken = session.get("accessToken").asString();

        TestResponse wrong = delete(accessToken, "not my password at all");
        TestResponse deleted = delete(accessToken, PASSWORD);

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
        assertThat(deleted.status()).isEqualTo(204);
        // The access token stops working at once, not when it expires.
        assertThat(http.request("/api/auth/me").token(accessToken).get().status()).isEqualTo(401);
        JsonNode event = events(id, "user-deleted", 1).getFirst();
        assertThat(event.get("userId").asString()).isEqualTo(id.toString());
        ContractExample.of(UserDeleted.class).assertSameShape(json.writeValueAsBytes(event));
        assertThat(login(email, PASSWORD).status()).isEqualTo(401);
        assertThat(http.request("/api/auth/refresh")
                .json(Map.of("refreshToken", session.get("refreshToken").asString())).post().status())
                .isEqualTo(401);
        // The address is free again: a new sign-up creates a new account, with a new id.
        assertThat(registered(email)).isNotEqualTo(id);
    }

    @Test
    void deletingNeedsAToken() {
        assertThat(http.request("/api/auth/me").json(Map.of("password", PASSWORD)).delete().status()).isEqualTo(401);
    }

    private TestResponse delete(String accessToken, String password) {
        return http.request("/api/auth/me").token(accessToken).json(Map.of("password", password)).delete();
    }
}
