package io.learnpath.notification.email;

import static io.learnpath.notification.support.Fixtures.addressOf;
import static io.learnpath.notification.support.Fixtures.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.auth.events.AuthEvents;
import io.learnpath.auth.events.EmailChanged;
import io.learnpath.auth.events.EmailVerificationRequested;
import io.learnpath.auth.events.ExistingAccountSignUpAttempted;
import io.learnpath.auth.events.MfaDisabled;
import io.learnpath.auth.events.MfaEnabled;
import io.learnpath.auth.events.PasswordChanged;
import io.learnpath.auth.events.PasswordResetRequested;
import io.learnpath.auth.events.ProfileChanged;
import io.learnpath.auth.events.UserDeleted;
import io.learnpath.notification.support.ServiceTest;
import io.learnpath.notification.support.Mails;
import io.learnpath.notification.support.TestSmtpServer;
import io.learnpath.platform.test.TestTokens;
import io.learnpath.platform.test.http.TestResponse;
import io.learnpath.progress.events.MilestoneReached;
import io.learnpath.progress.events.ProgressEvents;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The auth-service's events becoming mail on a real SMTP server, once each, whatever the mail server does. */
class AccountMailIntegrationTest extends ServiceTest {

    @Autowired
    TestSmtpServer smtp;

    @Autowired
    MeterRegistry meters;

    private final UUID learner = UUID.randomUUID();
    private final String address = addressOf(learner);

    @BeforeEach
    void registerTheLearner() {
        events.publish(AuthEvents.TOPIC, registered(learner, "Ada", address, "Europe/Paris"));
    }

    @AfterEach
    void serverBackUp() {
        smtp.up();
    }

    private MimeMessage theOnlyMailTo(String to) {
        return await().atMost(PATIENCE).until(() -> smtp.mailsTo(to), mails -> mails.size() == 1).getFirst();
    }

    private JsonNode history() {
        TestResponse response = http.get("/api/notifications/emails?size=100", TestTokens.shared().learner(learner));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("items");
    }

    @Test
    void aVerificationLinkArrivesAsTextAndHtmlWithTheLinkOnItsOwnLine() {
        String link = "http://localhost:8080/verify-email?token=abc123";
        events.publish(AuthEvents.TOPIC, new EmailVerificationRequested(UUID.randomUUID(), Instant.now(), learner,
                address, "Ada", link, Instant.parse("2026-12-01T10:00:00Z"), "SIGN_UP"));

        MimeMessage mail = theOnlyMailTo(address);
        assertThat(Mails.subject(mail)).isEqualTo("Confirm your address for Learnpath");
        assertThat(Mails.text(mail)).startsWith("Hi Ada,").contains("\n" + link + "\n")
                .contains("1 December 2026, 11:00 (Europe/Paris)");
        assertThat(Mails.html(mail)).contains("href=\"" + link + "\"").contains("Hi Ada,");
        assertThat(Mails.header(mail, "List-Unsubscribe")).as("security mail cannot be unsubscribed from").isNull();
    }

    @Test
    void everyAccountEventMailsTheAddressItConcerns() {
        events.publish(AuthEvents.TOPIC, new PasswordResetRequested(UUID.randomUUID(), Instant.now(), learner,
                address, "Ada", "http://localhost:8080/reset-password?token=r1", Instant.now().plusSeconds(3600)));
        events.publish(AuthEvents.TOPIC, new ExistingAccountSignUpAttempted(UUID.randomUUID(), Instant.now(), learner,
                address, "Ada"));
        events.publish(AuthEvents.TOPIC, new PasswordChanged(UUID.randomUUID(), Instant.now(), learner, address,
                "Ada", "RESET"));
        events.publish(AuthEvents.TOPIC, new MfaEnabled(UUID.randomUUID(), Instant.now(), learner, address, "Ada"));
        events.publish(AuthEvents.TOPIC, new MfaDisabled(UUID.randomUUID(), Instant.now(), learner, address, "Ada"));
        String newAddress = "new-" + address;
        events.publish(AuthEvents.TOPIC, new EmailChanged(UUID.randomUUID(), Instant.now(), learner, address,
                newAddress));

        List<MimeMessage> mails = await().atMost(PATIENCE).until(() -> smtp.mailsTo(address), m -> m.size() == 6);
        assertThat(mails).extracting(Mails::subject).containsExactlyInAnyOrder(
                "Reset your Learnpath password",
                "Two-step sign-in is on for your Learnpath account",
                "Two-step sign-in is off for your Learnpath account",
                "Someone tried to sign up with your address",
                "Your Learnpath password was changed",
                "Your Learnpath address was changed");
        assertThat(mails).filteredOn(m -> Mails.subject(m).contains("address was changed")).singleElement()
                .satisfies(m -> assertThat(Mails.text(m)).contains(newAddress));
        assertThat(mails).filteredOn(m -> Mails.subject(m).contains("password was changed")).singleElement()
                .satisfies(m -> assertThat(Mails.text(m)).contains("reset through a mailed link"));
    }

    @Test
    void theSameEventThreeTimesSendsOneMail() {
        PasswordResetRequested reset = new PasswordResetRequested(UUID.randomUUID(), Instant.now(), learner, address,
                "Ada", "http://localhost:8080/reset-password?token=once", Instant.now().plusSeconds(3600));
        events.publish(AuthEvents.TOPIC, reset);
        events.publish(AuthEvents.TOPIC, reset);
        events.publish(AuthEvents.TOPIC, reset);
        // Same key, same partition, in order: once a later event's mail is in, the three copies were handled.
        events.publish(AuthEvents.TOPIC, new ExistingAccountSignUpAttempted(UUID.randomUUID(), Instant.now(), learner,
                address, "Ada"));

        List<MimeMessage> mails = await().atMost(PATIENCE).until(() -> smtp.mailsTo(address), m -> m.size() == 2);
        assertThat(mails).extracting(Mails::subject).containsOnlyOnce("Reset your Learnpath password");
        assertThat(history()).hasSize(2);
    }

    @Test
    void whileTheMailServerIsDownTheMailWaitsAndThenArrivesOnce() {
        double queued = mails("queued");
        double retried = mails("retried");
        double delivered = mails("delivered");
        smtp.down();
        events.publish(AuthEvents.TOPIC, new PasswordResetRequested(UUID.randomUUID(), Instant.now(), learner,
                address, "Ada", "http://localhost:8080/reset-password?token=later", Instant.now().plusSeconds(3600)));

        // Tried, failed, waiting for another try: every attempt is recorded with its error.
        await().atMost(PATIENCE).untilAsserted(() -> {
            // Not queued yet on a busy machine: wait for it rather than fail on the empty list.
            assertThat(history()).isNotEmpty();
            JsonNode mail = history().get(0);
            assertThat(mail.get("status").asString()).isEqualTo("PENDING");
            assertThat(mail.get("attempts").asInt()).isGreaterThanOrEqualTo(2);
            assertThat(mail.get("lastError").asString()).isNotBlank();
        });
        smtp.up();

        MimeMessage mail = theOnlyMailTo(address);
        assertThat(Mails.subject(mail)).isEqualTo("Reset your Learnpath password");
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(history().get(0).get("status").asString()).isEqualTo("SENT"));
        assertThat(smtp.mailsTo(address)).hasSize(1);
        // Other tests' mail of the same kind may be counted meanwhile: at least this one's.
        assertThat(mails("queued")).isGreaterThanOrEqualTo(queued + 1);
        assertThat(mails("retried")).isGreaterThanOrEqualTo(retried + 1);
        assertThat(mails("delivered")).isGreaterThanOrEqualTo(delivered + 1);
    }

    /** {@code learnpath.notifications.<outcome>} of password-reset mail. */
    private double mails(String outcome) {
        return meters.get("learnpath.notifications." + outcome).tags("channel", "email", "kind", "password-reset")
                .counter().count();
    }

    @Test
    void aDeletedAccountGetsItsFarewellAndNothingOfItsHistoryStays() {
        events.publish(AuthEvents.TOPIC, new ExistingAccountSignUpAttempted(UUID.randomUUID(), Instant.now(), learner,
                address, "Ada"));
        await().atMost(PATIENCE).until(() -> smtp.mailsTo(address), mails -> mails.size() == 1);
        await().atMost(PATIENCE).until(() -> history().size() == 1);

        events.publish(AuthEvents.TOPIC, new UserDeleted(UUID.randomUUID(), Instant.now(), learner));

        List<MimeMessage> mails = await().atMost(PATIENCE).until(() -> smtp.mailsTo(address), m -> m.size() == 2);
        assertThat(mails).extracting(Mails::subject).contains("Your Learnpath account is deleted");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(history()).isEmpty());
    }

    @Test
    void aChangedAddressAndZoneAreWhereLaterMailGoesAndHowItTellsTime() {
        String newAddress = "moved-" + address;
        events.publish(AuthEvents.TOPIC, new EmailChanged(UUID.randomUUID(), Instant.now(), learner, address,
                newAddress));
        events.publish(AuthEvents.TOPIC, new ProfileChanged(UUID.randomUUID(), Instant.now(), learner, "Ada L.",
                "Asia/Tokyo"));
        assertThat(http.request("/api/notifications/preferences/MILESTONE_REACHED/EMAIL")
                .token(TestTokens.shared().learner(learner)).json(Map.of("enabled", true)).put().status())
                .isEqualTo(200);
        await().atMost(PATIENCE).until(() -> http.get("/api/notifications/preferences",
                TestTokens.shared().learner(learner)).json().get("timeZone").asString().equals("Asia/Tokyo"));

        events.publish(ProgressEvents.TOPIC, new MilestoneReached(UUID.randomUUID(), Instant.now(), learner,
                "first-topic-done", "FIRST_TOPIC_DONE", 1, "Your first topic is done", List.of(), List.of()));

        MimeMessage milestone = theOnlyMailTo(newAddress);
        assertThat(Mails.text(milestone)).startsWith("Hi Ada L.,");
        assertThat(smtp.mailsTo(address)).extracting(Mails::subject)
                .containsExactly("Your Learnpath address was changed");
    }
}
