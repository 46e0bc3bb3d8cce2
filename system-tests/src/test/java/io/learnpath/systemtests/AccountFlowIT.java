package io.learnpath.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.launcher.Mailbox;
import io.learnpath.launcher.Mailbox.Mail;
import io.learnpath.platform.test.http.TestHttp;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * An account's life through the gateway, as the README's account walkthrough has it: sign up, find the mailed
 * link where a developer finds it ({@code ./learnpath mail}: the auth events on the stack's Kafka), verify, change
 * the time zone, mark progress, then delete the account: its token is refused at once by the gateway.
 */
@ExtendWith(SharedStack.class)
class AccountFlowIT {

    private final RunningStack stack;
    private final String password = "a long and private passphrase";

    AccountFlowIT(RunningStack stack) {
        this.stack = stack;
    }

    @Test
    void signUpVerifyChangeTheProfileAndDeleteTheAccount() {
        TestHttp gateway = stack.gateway();
        String email = "grace." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        assertThat(gateway.request("/api/auth/register").json(Map.of("email", email, "password", password,
                "displayName", "Grace")).post().status()).isEqualTo(202);
        String token = signIn(gateway, email);

        Mailbox mailbox = new Mailbox(stack.stack().layout().ports().mailPage());
        Mail verification = await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.mailsTo(email),
                mails -> !mails.isEmpty()).getFirst();
        assertThat(verification.subject()).isEqualTo("Confirm your address for Learnpath");
        JsonNode verified = ok(gateway.request("/api/auth/email/verify").json(Map.of("token", verification.token()))
                .post());
        assertThat(verified.path("emailVerified").asBoolean()).isTrue();

        JsonNode profile = ok(gateway.request("/api/auth/me").token(token)
                .json(Map.of("timeZone", "Asia/Tokyo")).patch());
        assertThat(profile.path("timeZone").asString()).isEqualTo("Asia/Tokyo");
        assertThat(gateway.request("/api/progress/roadmaps/backend/topics/version-control").token(token)
                .json(Map.of("status", "DONE")).put().status()).isEqualTo(200);

        assertThat(gateway.request("/api/auth/me").token(token).json(Map.of("password", password)).delete()
                .status()).isEqualTo(204);

        assertThat(gateway.request("/api/progress/roadmaps/backend").token(token).get().status()).isEqualTo(401);
        assertThat(gateway.request("/api/auth/me").token(token).get().status()).isEqualTo(401);
        assertThat(gateway.request("/api/auth/login").json(Map.of("email", email, "password", password)).post()
                .status()).isEqualTo(401);
        // Real mail, through the notification-service and the stack's SMTP server: the link, then the farewell.
        List<Mail> mails = await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.mailsTo(email),
                caught -> caught.size() == 2);
        assertThat(mails).extracting(Mail::subject)
                .containsExactly("Confirm your address for Learnpath", "Your Learnpath account is deleted");
    }

    private static String signIn(TestHttp gateway, String email) {
        return ok(gateway.request("/api/auth/login").json(Map.of("email", email, "password", "a long and private "
                + "passphrase")).post()).path("accessToken").asString();
    }

    private static JsonNode ok(io.learnpath.platform.test.http.TestResponse response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        return response.json();
    }
}
