package io.learnpath.notification.preferences;

import static io.learnpath.notification.support.Fixtures.addressOf;
import static io.learnpath.notification.support.Fixtures.done;
import static io.learnpath.notification.support.Fixtures.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.auth.events.AuthEvents;
import io.learnpath.notification.support.ServiceTest;
import io.learnpath.notification.support.Mails;
import io.learnpath.notification.support.TestSmtpServer;
import io.learnpath.platform.test.MovableClock;
import io.learnpath.platform.test.TestTokens;
import io.learnpath.platform.test.http.TestResponse;
import io.learnpath.progress.events.MilestoneReached;
import io.learnpath.progress.events.ProgressEvents;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Preferences, quiet hours and one-click unsubscribe deciding what reaches the learner, on real servers. */
class PreferencesIntegrationTest extends ServiceTest {

    @Autowired
    TestSmtpServer smtp;

    @Autowired
    MovableClock clock;

    private final UUID learner = UUID.randomUUID();
    private final String token = TestTokens.shared().learner(learner);
    private final String address = addressOf(learner);

    @BeforeEach
    void registerTheLearner() {
        events.publish(AuthEvents.TOPIC, registered(learner, "Grace", address, "Europe/Paris"));
        // The welcome is in once the registration (and so the contact) was read.
        await().atMost(PATIENCE).until(() -> inbox().size() == 1);
    }

    @AfterEach
    void realTimeAgain() {
        clock.followRealTime();
    }

    private List<String> inbox() {
        TestResponse response = http.get("/api/notifications?size=100", token);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("items").valueStream().map(item -> item.get("kind").asString()).toList();
    }

    private JsonNode preferences() {
        TestResponse response = http.get("/api/notifications/preferences", token);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private TestResponse choose(String type, String channel, Object enabled) {
        return http.request("/api/notifications/preferences/" + type + "/" + channel).token(token)
                .json(Map.of("enabled", enabled)).put();
    }

    private boolean setting(String type, String channel) {
        for (JsonNode each : preferences().get("types")) {
            if (each.get("type").asString().equals(type)) {
                for (JsonNode c : each.get("channels")) {
                    if (c.get("channel").asString().equals(channel)) {
                        return c.get("enabled").asBoolean();
                    }
                }
            }
        }
        throw new AssertionError(type + "/" + channel + " is not listed");
    }

    private MilestoneReached milestone(String title) {
        return new MilestoneReached(UUID.randomUUID(), Instant.now(), learner, "first-topic-done",
                "FIRST_TOPIC_DONE", 1, title, List.of(), List.of());
    }

    @Test
    void theDefaultsAreListedWithWhatCannotBeSwitchedOff() {
        JsonNode preferences = preferences();

        assertThat(preferences.get("timeZone").asString()).isEqualTo("Europe/Paris");
        assertThat(preferences.get("quietHours").isNull()).isTrue();
        assertThat(setting("MILESTONE_REACHED", "IN_APP")).isTrue();
        assertThat(setting("MILESTONE_REACHED", "EMAIL")).isFalse();
        assertThat(setting("STREAK_REMINDER", "EMAIL")).isTrue();
        assertThat(setting("WEEKLY_DIGEST", "EMAIL")).isFalse();
        JsonNode security = preferences.get("types").valueStream()
                .filter(type -> type.get("type").asString().equals("ACCOUNT_SECURITY")).findFirst().orElseThrow();
        assertThat(security.get("channels")).singleElement().satisfies(channel -> {
            assertThat(channel.get("channel").asString()).isEqualTo("EMAIL");
            assertThat(channel.get("enabled").asBoolean()).isTrue();
            assertThat(channel.get("locked").asBoolean()).isTrue();
        });
    }

    @Test
    void badChoicesAreClearProblems() {
        TestResponse locked = choose("ACCOUNT_SECURITY", "EMAIL", false);
        assertThat(locked.status()).isEqualTo(409);
        assertThat(locked.contentType()).startsWith("application/problem+json");
        assertThat(locked.json().get("type").asString()).endsWith("preference-locked");

        assertThat(choose("NO_SUCH_TYPE", "EMAIL", true).status()).isEqualTo(400);
        assertThat(choose("MILESTONE_REACHED", "PIGEON", true).status()).isEqualTo(400);
        TestResponse notOffered = choose("TOPIC_COMPLETED", "EMAIL", true);
        assertThat(notOffered.status()).isEqualTo(400);
        assertThat(notOffered.body()).contains("channel");
        TestResponse noValue = http.request("/api/notifications/preferences/MILESTONE_REACHED/EMAIL").token(token)
                .json(Map.of()).put();
        assertThat(noValue.status()).isEqualTo(400);
        assertThat(noValue.body()).contains("enabled");

        TestResponse sameTimes = http.request("/api/notifications/preferences/quiet-hours").token(token)
                .json(Map.of("start", "22:00", "end", "22:00")).put();
        assertThat(sameTimes.status()).isEqualTo(400);
        TestResponse notATime = http.request("/api/notifications/preferences/quiet-hours").token(token)
                .json(Map.of("start", "late", "end", "07:00")).put();
        assertThat(notATime.status()).isEqualTo(400);
        assertThat(notATime.contentType()).startsWith("application/problem+json");
        assertThat(http.get("/api/notifications/preferences").status()).isEqualTo(401);
    }

    @Test
    void anInAppTypeSwitchedOffStaysOutOfTheInbox() {
        assertThat(choose("TOPIC_COMPLETED", "IN_APP", false).status()).isEqualTo(200);

        events.publish(ProgressEvents.TOPIC, done(learner, "Quietly finished"));
        events.publish(ProgressEvents.TOPIC, milestone("Your first topic is done"));

        // Same learner, same partition, in order: once the milestone is in, the topic was handled.
        await().atMost(PATIENCE).until(() -> inbox().contains("MILESTONE_REACHED"));
        assertThat(inbox()).doesNotContain("TOPIC_COMPLETED");
    }

    @Test
    void milestoneMailIsOptInAndOneClickUnsubscribeSwitchesItOff() {
        events.publish(ProgressEvents.TOPIC, milestone("Not by mail"));
        await().atMost(PATIENCE).until(() -> inbox().contains("MILESTONE_REACHED"));
        assertThat(choose("MILESTONE_REACHED", "EMAIL", true).status()).isEqualTo(200);

        events.publish(ProgressEvents.TOPIC, milestone("Your first level is done"));

        MimeMessage mail = await().atMost(PATIENCE).until(() -> smtp.mailsTo(address), m -> m.size() == 1)
                .getFirst();
        assertThat(Mails.subject(mail)).isEqualTo("Your first level is done");
        assertThat(Mails.header(mail, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        String unsubscribe = Mails.header(mail, "List-Unsubscribe");
        assertThat(unsubscribe).startsWith("<http://localhost:8080/api/notifications/unsubscribe?token=")
                .endsWith(">");
        assertThat(Mails.html(mail)).contains("Unsubscribe from mails like this");

        URI link = URI.create(unsubscribe.substring(1, unsubscribe.length() - 1));
        String path = link.getRawPath() + "?" + link.getRawQuery();
        TestResponse page = http.get(path);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(setting("MILESTONE_REACHED", "EMAIL")).as("opening the link changes nothing").isTrue();

        // As a mail client does it (RFC 8058): a POST without credentials, with the one-click body.
        TestResponse oneClick = http.request(path)
                .bytes("List-Unsubscribe=One-Click".getBytes(StandardCharsets.UTF_8),
                        "application/x-www-form-urlencoded").post();
        assertThat(oneClick.status()).isEqualTo(200);
        assertThat(setting("MILESTONE_REACHED", "EMAIL")).isFalse();
        assertThat(setting("MILESTONE_REACHED", "IN_APP")).isTrue();

        events.publish(ProgressEvents.TOPIC, milestone("Half the roadmap"));
        await().atMost(PATIENCE).until(() -> inbox().stream().filter("MILESTONE_REACHED"::equals).count() == 3);
        assertThat(smtp.mailsTo(address)).hasSize(1);
    }

    @Test
    void aForgedOrAlteredUnsubscribeLinkIsRefused() {
        assertThat(http.get("/api/notifications/unsubscribe").status()).isEqualTo(400);
        TestResponse forged = http.request("/api/notifications/unsubscribe?token=eyJhbGciOiJub25lIn0.e30.")
                .bytes(new byte[0], "application/x-www-form-urlencoded").post();
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.contentType()).startsWith("application/problem+json");
        assertThat(forged.body()).contains("token");
    }

    @Test
    void quietHoursHoldMailBackUntilTheyEnd() {
        assertThat(choose("MILESTONE_REACHED", "EMAIL", true).status()).isEqualTo(200);
        TestResponse quiet = http.request("/api/notifications/preferences/quiet-hours").token(token)
                .json(Map.of("start", "22:00", "end", "07:00")).put();
        assertThat(quiet.status()).as(quiet.toString()).isEqualTo(200);
        assertThat(quiet.json().get("quietHours").get("start").asString()).isEqualTo("22:00");
        // 23:30 in Paris (summer time, UTC+2): inside the quiet hours, which end at 05:00 UTC.
        clock.setTo("2026-06-01T21:30:00Z");

        events.publish(ProgressEvents.TOPIC, milestone("A late-night milestone"));

        await().atMost(PATIENCE).until(() -> inbox().contains("MILESTONE_REACHED"));
        JsonNode queued = http.get("/api/notifications/emails", token).json().get("items").get(0);
        assertThat(queued.get("status").asString()).isEqualTo("PENDING");
        assertThat(queued.get("attempts").asInt()).isZero();
        assertThat(smtp.mailsTo(address)).isEmpty();

        clock.setTo("2026-06-02T05:00:00Z");
        MimeMessage mail = await().atMost(PATIENCE).until(() -> smtp.mailsTo(address), m -> m.size() == 1)
                .getFirst();
        assertThat(Mails.subject(mail)).isEqualTo("A late-night milestone");
        assertThat(http.request("/api/notifications/preferences/quiet-hours").token(token).delete().status())
                .isEqualTo(204);
        assertThat(preferences().get("quietHours").isNull()).isTrue();
    }

    @Test
    void aMilestoneDeliveredThreeTimesIsOneNoticeAndOneMail() {
        assertThat(choose("MILESTONE_REACHED", "EMAIL", true).status()).isEqualTo(200);
        MilestoneReached milestone = milestone("Three times told");

        events.publish(ProgressEvents.TOPIC, milestone);
        events.publish(ProgressEvents.TOPIC, milestone);
        events.publish(ProgressEvents.TOPIC, milestone);
        // Same learner, same partition, in order: once this one is in, the three copies were handled.
        events.publish(ProgressEvents.TOPIC, milestone("Told once"));

        await().atMost(PATIENCE).until(() -> smtp.mailsTo(address).size() == 2);
        assertThat(smtp.mailsTo(address)).extracting(Mails::subject)
                .containsExactlyInAnyOrder("Three times told", "Told once");
        assertThat(inbox().stream().filter("MILESTONE_REACHED"::equals).count()).isEqualTo(2);
    }

    @Test
    void aLearnerSeesAndChangesOnlyTheirOwnSettingsAndMail() {
        UUID other = UUID.randomUUID();
        String othersToken = TestTokens.shared().learner(other);
        assertThat(choose("MILESTONE_REACHED", "EMAIL", true).status()).isEqualTo(200);
        events.publish(ProgressEvents.TOPIC, milestone("Mine alone"));
        await().atMost(PATIENCE).until(() -> smtp.mailsTo(address).size() == 1);

        assertThat(http.get("/api/notifications/emails", othersToken).json().get("totalItems").asLong()).isZero();
        assertThat(http.get("/api/notifications/emails", token).json().get("totalItems").asLong()).isEqualTo(1);
        JsonNode theirs = http.get("/api/notifications/preferences", othersToken).json();
        assertThat(theirs.get("timeZone").asString()).as("nothing of Grace's shows").isEqualTo("UTC");
        assertThat(theirs.get("types").valueStream()
                .filter(type -> type.get("type").asString().equals("MILESTONE_REACHED")).findFirst().orElseThrow()
                .get("channels").valueStream().anyMatch(c -> c.get("channel").asString().equals("EMAIL")
                        && c.get("enabled").asBoolean())).isFalse();
    }
}
