package io.learnpath.auth.verification;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.auth.AuthServiceIntegrationTest;
import io.learnpath.auth.events.EmailVerificationRequested;
import io.learnpath.platform.test.contract.ContractExample;
import io.learnpath.platform.test.http.TestResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A new account is mailed a single-use link (the event is the mail); opening it marks the address proven. */
class EmailVerificationIntegrationTest extends AuthServiceIntegrationTest {

    @Test
    void aNewAccountIsMailedALinkThatVerifiesItsAddressOnce() {
        String email = uniqueEmail();
        UUID id = registered(email);
        JsonNode mail = events(id, "email-verification-requested", 1).getFirst();
        assertThat(mail.get("email").asString()).isEqualTo(email);
        assertThat(mail.get("reason").asString()).isEqualTo("SIGN_UP");
        assertThat(mail.get("link").asString()).startsWith("http://localhost:8080/verify-email?token=");
        assertThat(Instant.parse(mail.get("expiresAt").asString()))
                .isBetween(Instant.now().plus(Duration.ofHours(23)), Instant.now().plus(Duration.ofHours(25)));
        ContractExample.of(EmailVerificationRequested.class).assertSameShape(json.writeValueAsBytes(mail));
        String before = login(email, PASSWORD).json().get("accessToken").asString();
        assertThat(claims(before).get("email_verified").asBoolean()).isFalse();

        TestResponse verified = verify(tokenOf(mail));
        TestResponse again = verify(tokenOf(mail));

        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.json().get("emailVerified").asBoolean()).isTrue();
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("errors").get(0).get("field").asString()).isEqualTo("token");
        String after = login(email, PASSWORD).json().get("accessToken").asString();
        assertThat(claims(after).get("email_verified").asBoolean()).isTrue();
        assertThat(me(after).emailVerified()).isTrue();
    }

    @Test
    void refusesTokensThatWereNeverIssuedWithAProblemNamingTheToken() {
        for (String token : new String[] {"", "nope", "A".repeat(43), "../../etc/passwd", "\u0000"}) {
            TestResponse answer = verify(token);
            assertThat(answer.status()).as(token).isEqualTo(400);
            assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("token");
        }
        assertThat(http.request("/api/auth/email/verify").json("{}").post().status()).isEqualTo(400);
    }

    @Test
    void aResentLinkWorksAndSpendsTheEarlierOne() {
        String email = uniqueEmail();
        UUID id = registered(email);
        String accessToken = login(email, PASSWORD).json().get("accessToken").asString();

        TestResponse resent = http.request("/api/auth/email/verification").token(accessToken).post();

        assertThat(resent.status()).isEqualTo(202);
        var mails = events(id, "email-verification-requested", 2);
        assertThat(mails.get(1).get("reason").asString()).isEqualTo("RESEND");
        assertThat(verify(tokenOf(mails.get(1))).status()).isEqualTo(200);
        assertThat(verify(tokenOf(mails.get(0))).status()).isEqualTo(400);
        TestResponse alreadyVerified = http.request("/api/auth/email/verification").token(accessToken).post();
        assertThat(alreadyVerified.status()).isEqualTo(409);
        assertThat(alreadyVerified.json().get("type").asString())
                .isEqualTo("https://learnpath.io/problems/email-already-verified");
    }

    @Test
    void resendingNeedsASignedInLearner() {
        assertThat(http.request("/api/auth/email/verification").post().status()).isEqualTo(401);
    }

    private TestResponse verify(String token) {
        return http.request("/api/auth/email/verify").json(Map.of("token", token)).post();
    }

    private JsonNode claims(String accessToken) {
        String payload = accessToken.split("\\.")[1];
        return json.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }
}
