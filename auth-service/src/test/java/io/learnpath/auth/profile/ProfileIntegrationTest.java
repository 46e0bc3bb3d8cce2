package io.learnpath.auth.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.auth.AuthServiceIntegrationTest;
import io.learnpath.auth.events.EmailChanged;
import io.learnpath.auth.events.ProfileChanged;
import io.learnpath.platform.test.contract.ContractExample;
import io.learnpath.platform.test.http.TestResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The learner's own name, time zone and address. */
class ProfileIntegrationTest extends AuthServiceIntegrationTest {

    @Test
    void changesNameAndTimeZoneAndPublishesTheWholeProfile() {
        String email = uniqueEmail();
        UUID id = registered(email);
        String token = accessToken(email);

        TestResponse zoneOnly = update(token, null, "Asia/Kolkata");
        TestResponse nameOnly = update(token, "  Ada King ", null);

        assertThat(zoneOnly.status()).isEqualTo(200);
        assertThat(zoneOnly.json().get("timeZone").asString()).isEqualTo("Asia/Kolkata");
        assertThat(zoneOnly.json().get("displayName").asString()).isEqualTo("Ada Lovelace");
        assertThat(nameOnly.json().get("displayName").asString()).isEqualTo("Ada King");
        assertThat(nameOnly.json().get("timeZone").asString()).isEqualTo("Asia/Kolkata");
        List<JsonNode> changes = events(id, "profile-changed", 2);
        assertThat(changes.get(0).get("timeZone").asString()).isEqualTo("Asia/Kolkata");
        assertThat(changes.get(1).get("displayName").asString()).isEqualTo("Ada King");
        assertThat(changes.get(1).get("timeZone").asString()).isEqualTo("Asia/Kolkata");
        ContractExample.of(ProfileChanged.class).assertSameShape(json.writeValueAsBytes(changes.get(1)));
        assertThat(me(token).timeZone()).isEqualTo("Asia/Kolkata");
    }

    @Test
    void refusesEveryUnacceptableFieldAtOnceAndChangesNothing() {
        String email = uniqueEmail();
        registered(email);
        String token = accessToken(email);

        TestResponse refused = update(token, "Ada\u202Eevil", "Europe/Atlantis");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").values()).extracting(error -> error.get("field").asString())
                .containsExactly("displayName", "timeZone");
        assertThat(me(token).displayName()).isEqualTo("Ada Lovelace");
        assertThat(me(token).timeZone()).isEqualTo("UTC");
        assertThat(http.request("/api/auth/me").json(Map.of("timeZone", "UTC")).patch().status()).isEqualTo(401);
    }

    @Test
    void aNewAddressIsTakenOnlyOnceItIsVerified() {
        String email = uniqueEmail();
        UUID id = registered(email);
        String newEmail = uniqueEmail();
        String token = accessToken(email);

        TestResponse wrongPassword = changeEmail(token, newEmail, "not my password at all");
        TestResponse requested = changeEmail(token, newEmail.toUpperCase(), PASSWORD);

        assertThat(wrongPassword.status()).isEqualTo(400);
        assertThat(wrongPassword.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
        assertThat(requested.status()).isEqualTo(202);
        JsonNode mail = events(id, "email-verification-requested", 2).get(1);
        assertThat(mail.get("email").asString()).isEqualTo(newEmail);
        assertThat(mail.get("reason").asString()).isEqualTo("EMAIL_CHANGE");
        assertThat(me(token).email()).as("unchanged until verified").isEqualTo(email);

        TestResponse verified = http.request("/api/auth/email/verify").json(Map.of("token", tokenOf(mail))).post();

        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().get("email").asString()).isEqualTo(newEmail);
        assertThat(verified.json().get("emailVerified").asBoolean()).isTrue();
        JsonNode changed = events(id, "email-changed", 1).getFirst();
        assertThat(changed.get("previousEmail").asString()).isEqualTo(email);
        assertThat(changed.get("email").asString()).isEqualTo(newEmail);
        ContractExample.of(EmailChanged.class).assertSameShape(json.writeValueAsBytes(changed));
        assertThat(login(email, PASSWORD).status()).isEqualTo(401);
        assertThat(login(newEmail, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void anAddressOfAnotherAccountIsAnsweredAlikeAndMailedNothing() {
        String email = uniqueEmail();
        UUID id = registered(email);
        String othersEmail = uniqueEmail();
        registered(othersEmail);
        String token = accessToken(email);

        TestResponse taken = changeEmail(token, othersEmail, PASSWORD);
        TestResponse free = changeEmail(token, uniqueEmail(), PASSWORD);

        assertThat(taken.status()).isEqualTo(free.status()).isEqualTo(202);
        // Only the free address got a link: the sign-up mail, then this one; nothing for the taken address.
        List<JsonNode> mails = events(id, "email-verification-requested", 2);
        assertThat(mails).extracting(mail -> mail.get("email").asString()).doesNotContain(othersEmail);
        TestResponse same = changeEmail(token, email, PASSWORD);
        assertThat(same.status()).isEqualTo(400);
        assertThat(same.json().get("errors").get(0).get("field").asString()).isEqualTo("email");
    }

    private String accessToken(String email) {
        return login(email, PASSWORD).json().get("accessToken").asString();
    }

    private TestResponse update(String token, String displayName, String timeZone) {
        Map<String, String> body = new HashMap<>();
        if (displayName != null) {
            body.put("displayName", displayName);
        }
        if (timeZone != null) {
            body.put("timeZone", timeZone);
        }
        return http.request("/api/auth/me").token(token).json(body).patch();
    }

    private TestResponse changeEmail(String token, String email, String password) {
        return http.request("/api/auth/me/email").token(token).json(Map.of("email", email, "password", password))
                .post();
    }
}
