package io.learnpath.auth.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.auth.AuthServiceIntegrationTest;
import io.learnpath.platform.test.http.TestResponse;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Security events land in the account's audit trail, with who, what, when and from where; admins read it. */
class AccountAuditIntegrationTest extends AuthServiceIntegrationTest {

    @Autowired
    AccountRepository accounts;

    @Autowired
    MeterRegistry meters;

    @Test
    void recordsWhoDidWhatFromWhereAndAdminsReadItNewestFirst() {
        String email = uniqueEmail();
        UUID learner = registered(email);
        assertThat(login(email, "not the right password").status()).isEqualTo(401);
        String learnerToken = accessToken(email);
        double rolesChangedBefore = counter("ROLES_CHANGED");
        http.request("/api/auth/me").token(learnerToken).header("X-Forwarded-For", "203.0.113.7")
                .header("User-Agent", "audit-test/1.0").json(Map.of("timeZone", "Europe/Oslo")).patch();
        String adminEmail = uniqueEmail();
        UUID admin = registered(adminEmail);
        accounts.grantRoles(admin, List.of(Role.ADMIN));
        String adminToken = accessToken(adminEmail);
        assertThat(http.request("/api/auth/admin/accounts/" + learner + "/roles").token(adminToken)
                .json(Map.of("roles", List.of("EDITOR"))).put().status()).isEqualTo(200);

        TestResponse trail = http.get("/api/auth/admin/accounts/" + learner + "/audit", adminToken);

        assertThat(trail.status()).as(trail.toString()).isEqualTo(200);
        List<JsonNode> entries = trail.json().get("items").valueStream().toList();
        assertThat(entries).extracting(entry -> entry.get("action").asString())
                .containsExactly("ROLES_CHANGED", "PROFILE_CHANGED", "SIGN_IN_SUCCEEDED", "SIGN_IN_FAILED",
                        "SIGN_IN_SUCCEEDED", "SIGNED_UP");
        JsonNode roles = entries.get(0);
        assertThat(roles.get("actorId").asString()).isEqualTo(admin.toString());
        assertThat(roles.get("detail").asString()).isEqualTo("roles=LEARNER,EDITOR");
        JsonNode profile = entries.get(1);
        assertThat(profile.get("actorId").isNull()).isTrue();
        assertThat(profile.get("detail").asString()).isEqualTo("timeZone=Europe/Oslo");
        assertThat(profile.get("remoteAddress").asString()).isEqualTo("127.0.0.1");
        assertThat(profile.get("forwardedFor").asString()).isEqualTo("203.0.113.7");
        assertThat(profile.get("userAgent").asString()).isEqualTo("audit-test/1.0");
        assertThat(entries.get(3).get("detail").asString()).isEqualTo("wrong password");
        assertThat(trail.json().get("totalItems").asLong()).isEqualTo(6);
        assertThat(counter("ROLES_CHANGED")).isEqualTo(rolesChangedBefore + 1);
    }

    @Test
    void learnersReadTheirOwnTrailOnlyAndNeverSeeSecrets() {
        String email = uniqueEmail();
        UUID learner = registered(email);
        JsonNode session = login(email, PASSWORD).json();
        assertThat(http.request("/api/auth/logout").json(Map.of("refreshToken", session.get("refreshToken").asString()))
                .post().status()).isEqualTo(204);
        String token = session.get("accessToken").asString();

        TestResponse own = http.get("/api/auth/me/audit", token);
        TestResponse someoneElses = http.get("/api/auth/admin/accounts/" + learner + "/audit", token);

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("items").valueStream().map(entry -> entry.get("action").asString()))
                .containsExactly("SIGNED_OUT", "SIGN_IN_SUCCEEDED", "SIGN_IN_SUCCEEDED", "SIGNED_UP");
        assertThat(own.body()).doesNotContain(PASSWORD).doesNotContain("argon2");
        assertThat(someoneElses.status()).isEqualTo(403);
        assertThat(http.get("/api/auth/me/audit?size=1000", token).status()).isEqualTo(400);
    }

    private String accessToken(String email) {
        return login(email, PASSWORD).json().get("accessToken").asString();
    }

    private double counter(String action) {
        return meters.counter("learnpath.auth.audit.events", "action", action).count();
    }
}
