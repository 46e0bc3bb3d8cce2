package io.learnpath.auth.password;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.auth.AuthServiceIntegrationTest;
import io.learnpath.auth.events.PasswordChanged;
import io.learnpath.auth.events.PasswordResetRequested;
import io.learnpath.platform.test.contract.ContractExample;
import io.learnpath.platform.test.http.TestResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Forgotten and changed passwords: a mailed single-use link, and every sign-in ended by the change. */
class PasswordIntegrationTest extends AuthServiceIntegrationTest {

    private static final String NEW_PASSWORD = "a brand new passphrase of mine";

    @Test
    void aResetLinkSetsANewPasswordOnceAndEndsEverySignIn() {
        String email = uniqueEmail();
        UUID id = registered(email);
        String refreshToken = login(email, PASSWORD).json().get("refreshToken").asString();

        assertThat(forgot(email.toUpperCase()).status()).isEqualTo(202);
        JsonNode mail = events(id, "password-reset-requested", 1).getFirst();
        ContractExample.of(PasswordResetRequested.class).assertSameShape(json.writeValueAsBytes(mail));
        assertThat(mail.get("link").asString()).startsWith("http://localhost:8080/reset-password?token=");

        TestResponse reset = reset(tokenOf(mail), NEW_PASSWORD);
        TestResponse again = reset(tokenOf(mail), "yet another passphrase here");

        assertThat(reset.status()).as(reset.toString()).isEqualTo(204);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("errors").get(0).get("field").asString()).isEqualTo("token");
        assertThat(login(email, PASSWORD).status()).isEqualTo(401);
        assertThat(login(email, NEW_PASSWORD).status()).isEqualTo(200);
        assertThat(refresh(refreshToken).status()).isEqualTo(401);
        JsonNode changed = events(id, "password-changed", 1).getFirst();
        assertThat(changed.get("reason").asString()).isEqualTo("RESET");
        ContractExample.of(PasswordChanged.class).assertSameShape(json.writeValueAsBytes(changed));
        // Whoever read the mail reads the mailbox: the address is proven too.
        assertThat(me(login(email, NEW_PASSWORD).json().get("accessToken").asString()).emailVerified()).isTrue();
    }

    @Test
    void aRefusedNewPasswordLeavesTheLinkUsable() {
        String email = uniqueEmail();
        UUID id = registered(email);
        forgot(email);
        String token = tokenOf(events(id, "password-reset-requested", 1).getFirst());

        TestResponse weak = reset(token, "password1234");

        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
        assertThat(reset(token, NEW_PASSWORD).status()).isEqualTo(204);
    }

    @Test
    void askingForAResetAnswersAlikeForUnknownAddressesAndRefusesNonAddresses() {
        TestResponse unknown = forgot(uniqueEmail());
        TestResponse known = forgot(emailOf(registered(uniqueEmail())));

        assertThat(unknown.status()).isEqualTo(known.status()).isEqualTo(202);
        assertThat(unknown.body()).isEqualTo(known.body());
        TestResponse malformed = forgot("not an address");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
        assertThat(reset("A".repeat(43), NEW_PASSWORD).status()).isEqualTo(400);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsEverySignIn() {
        String email = uniqueEmail();
        UUID id = registered(email);
        JsonNode session = login(email, PASSWORD).json();
        String accessToken = session.get("accessToken").asString();

        TestResponse wrong = change(accessToken, "not my password at all", NEW_PASSWORD);
        TestResponse weak = change(accessToken, PASSWORD, "qwerty123456");
        TestResponse changed = change(accessToken, PASSWORD, NEW_PASSWORD);

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("currentPassword");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("errors").get(0).get("field").asString()).isEqualTo("newPassword");
        assertThat(changed.status()).isEqualTo(204);
        assertThat(refresh(session.get("refreshToken").asString()).status()).isEqualTo(401);
        assertThat(login(email, NEW_PASSWORD).status()).isEqualTo(200);
        assertThat(events(id, "password-changed", 1).getFirst().get("reason").asString()).isEqualTo("CHANGED");
        assertThat(http.request("/api/auth/password/change")
                .json(Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD)).post().status())
                .isEqualTo(401);
    }

    private String emailOf(UUID id) {
        return events(id, "user-registered", 1).getFirst().get("email").asString();
    }

    private TestResponse forgot(String email) {
        return http.request("/api/auth/password/forgot").json(Map.of("email", email)).post();
    }

    private TestResponse reset(String token, String password) {
        return http.request("/api/auth/password/reset").json(Map.of("token", token, "password", password)).post();
    }

    private TestResponse change(String accessToken, String current, String next) {
        return http.request("/api/auth/password/change").token(accessToken)
                .json(Map.of("currentPassword", current, "newPassword", next)).post();
    }

    private TestResponse refresh(String refreshToken) {
        return http.request("/api/auth/refresh").json(Map.of("refreshToken", refreshToken)).post();
    }
}
