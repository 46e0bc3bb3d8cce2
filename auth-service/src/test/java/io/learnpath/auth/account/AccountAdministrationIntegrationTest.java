package io.learnpath.auth.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.auth.AuthServiceIntegrationTest;
import io.learnpath.platform.test.http.TestResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Admins find accounts, change roles, disable and enable them; nobody else may. */
class AccountAdministrationIntegrationTest extends AuthServiceIntegrationTest {

    @Autowired
    AccountRepository accounts;

    private UUID adminId;
    private String admin;

    @BeforeEach
    void signInAsAdmin() {
        String email = uniqueEmail();
        adminId = registered(email);
        accounts.grantRoles(adminId, List.of(Role.EDITOR, Role.ADMIN));
        admin = tokenOf(email);
    }

    @Test
    void onlyAdminsManageAccounts() {
        String learner = signedIn(uniqueEmail()).get("accessToken").asString();
        String editorEmail = uniqueEmail();
        accounts.grantRoles(registered(editorEmail), List.of(Role.EDITOR));
        String editor = tokenOf(editorEmail);

        assertThat(http.get("/api/auth/admin/accounts", learner).status()).isEqualTo(403);
        assertThat(http.get("/api/auth/admin/accounts", editor).status()).isEqualTo(403);
        assertThat(http.get("/api/auth/admin/accounts", null).status()).isEqualTo(401);
        assertThat(http.get("/api/auth/admin/accounts", admin).status()).isEqualTo(200);
    }

    @Test
    void findsAccountsByPartOfTheirEmailOrNameInPages() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            assertThat(register("grace." + tag + "." + i + "@example.com", PASSWORD, "Grace").status()).isEqualTo(202);
        }

        JsonNode first = ok(http.get("/api/auth/admin/accounts?q=" + tag.toUpperCase() + "&size=2", admin));
        JsonNode second = ok(http.get("/api/auth/admin/accounts?q=" + tag + "&size=2&page=1", admin));
        JsonNode none = ok(http.get("/api/auth/admin/accounts?q=%25" + tag + "_nobody", admin));

        assertThat(first.get("totalItems").asLong()).isEqualTo(3);
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("items").get(0).get("email").asString()).isEqualTo("grace." + tag + ".0@example.com");
        assertThat(first.get("items").get(0).get("disabled").asBoolean()).isFalse();
        assertThat(second.get("items")).hasSize(1);
        assertThat(none.get("totalItems").asLong()).isZero();
    }

    @Test
    void aRoleChangeArrivesWithTheNextRefresh() {
        String email = uniqueEmail();
        JsonNode session = signedIn(email);
        UUID id = accountIdOf(session);

        JsonNode changed = ok(http.request("/api/auth/admin/accounts/" + id + "/roles").token(admin)
                .json(Map.of("roles", List.of("EDITOR"))).put());
        JsonNode refreshed = ok(http.request("/api/auth/refresh")
                .json(Map.of("refreshToken", session.get("refreshToken").asString())).post());

        assertThat(changed.get("roles").valueStream().map(JsonNode::asString)).containsExactly("LEARNER", "EDITOR");
        assertThat(roles(refreshed.get("accessToken").asString())).containsExactly("LEARNER", "EDITOR");
    }

    @Test
    void refusesUnknownRolesAndTakingOnesOwnAdminRole() {
        UUID learner = registered(uniqueEmail());

        TestResponse unknown = http.request("/api/auth/admin/accounts/" + learner + "/roles").token(admin)
                .json(Map.of("roles", List.of("SUPERUSER"))).put();
        TestResponse ownRole = http.request("/api/auth/admin/accounts/" + adminId + "/roles").token(admin)
                .json(Map.of("roles", List.of("EDITOR"))).put();
        TestResponse nobody = http.request("/api/auth/admin/accounts/" + UUID.randomUUID() + "/roles").token(admin)
                .json(Map.of("roles", List.of())).put();

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("roles");
        assertThat(ownRole.status()).isEqualTo(409);
        assertThat(nobody.status()).isEqualTo(404);
    }

    @Test
    void disablingEndsEverySignInAndEnablingAllowsNewOnes() {
        String email = uniqueEmail();
        JsonNode session = signedIn(email);
        UUID id = accountIdOf(session);

        assertThat(http.request("/api/auth/admin/accounts/" + id + "/disable").token(admin).post().status())
                .isEqualTo(204);
        TestResponse refresh = http.request("/api/auth/refresh")
                .json(Map.of("refreshToken", session.get("refreshToken").asString())).post();
        TestResponse signIn = login(email, PASSWORD);
        TestResponse unknown = login(uniqueEmail(), PASSWORD);
        JsonNode listed = ok(http.get("/api/auth/admin/accounts?q=" + email, admin));

        assertThat(refresh.status()).isEqualTo(401);
        assertThat(signIn.status()).isEqualTo(401);
        assertThat(signIn.json().get("type")).isEqualTo(unknown.json().get("type"));
        assertThat(listed.get("items").get(0).get("disabled").asBoolean()).isTrue();

        assertThat(http.request("/api/auth/admin/accounts/" + id + "/enable").token(admin).post().status())
                .isEqualTo(204);
        assertThat(login(email, PASSWORD).status()).isEqualTo(200);
        assertThat(http.request("/api/auth/admin/accounts/" + adminId + "/disable").token(admin).post().status())
                .isEqualTo(409);
    }

    private String tokenOf(String email) {
        return ok(login(email, PASSWORD)).get("accessToken").asString();
    }

    private UUID accountIdOf(JsonNode session) {
        return UUID.fromString(claims(session.get("accessToken").asString()).get("sub").asString());
    }

    private List<String> roles(String accessToken) {
        return claims(accessToken).get("roles").valueStream().map(JsonNode::asString).toList();
    }

    private JsonNode claims(String accessToken) {
        String payload = accessToken.split("\\.")[1];
        return json.readTree(java.util.Base64.getUrlDecoder().decode(payload));
    }

    private static JsonNode ok(TestResponse response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
