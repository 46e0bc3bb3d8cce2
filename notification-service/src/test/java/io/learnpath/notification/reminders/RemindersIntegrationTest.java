package io.learnpath.notification.reminders;

import static io.learnpath.notification.support.Fixtures.addressOf;
import static io.learnpath.notification.support.Fixtures.registered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.auth.events.AuthEvents;
import io.learnpath.notification.support.ServiceTest;
import io.learnpath.notification.support.Mails;
import io.learnpath.notification.support.SecondInstance;
import io.learnpath.notification.support.TestSmtpServer;
import io.learnpath.platform.test.MovableClock;
import io.learnpath.platform.test.TestTokens;
import io.learnpath.platform.test.http.TestResponse;
import io.learnpath.progress.events.ProgressEvents;
import io.learnpath.progress.events.StudyDayRecorded;
import io.learnpath.progress.events.TopicStatusChanged;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reminders at chosen times in the learner's zone, run by two instances at once: each occasion reaches the learner
 * once, in the inbox and by mail.
 */
class RemindersIntegrationTest extends ServiceTest {

    private static SecondInstance second;

    @Autowired
    TestSmtpServer smtp;

    @Autowired
    MovableClock clock;

    @Autowired
    Reminders reminders;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ConfigurableEnvironment environment;

    private final UUID learner = UUID.randomUUID();
    private final String token = TestTokens.shared().learner(learner);
    private final String address = addressOf(learner);

    @BeforeEach
    void registerInParis() {
        if (second == null) {
            second = SecondInstance.beside(environment);
        }
        events.publish(AuthEvents.TOPIC, registered(learner, "Linus", address, "Europe/Paris"));
        await().atMost(PATIENCE).until(() -> kinds().contains("WELCOME"));
    }

    @AfterEach
    void realTimeAgain() {
        clock.followRealTime();
        second.clock().followRealTime();
    }

    @AfterAll
    static void stopTheSecondInstance() {
        if (second != null) {
            second.close();
            second = null;
        }
    }

    private List<String> kinds() {
        TestResponse response = http.get("/api/notifications?size=100", token);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("items").valueStream().map(item -> item.get("kind").asString()).toList();
    }

    private long count(String kind) {
        return kinds().stream().filter(kind::equals).count();
    }

    private void studied(String day, int streak) {
        events.publish(ProgressEvents.TOPIC, new StudyDayRecorded(UUID.randomUUID(), Instant.now(), learner,
                LocalDate.parse(day), "Europe/Paris", streak));
        await().atMost(PATIENCE).until(() -> jdbc.sql("SELECT count(*) FROM learner_study WHERE learner_id = ? "
                + "AND last_study_day = ?").params(learner, LocalDate.parse(day)).query(Long.class).single() == 1);
    }

    /** Both instances look at the same moment, as two schedulers that fire together would. */
    private void bothInstancesRunAt(String instant) throws Exception {
        clock.setTo(instant);
        second.clock().setTo(instant);
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Integer> here = CompletableFuture.supplyAsync(() -> awaitThen(start, reminders));
        CompletableFuture<Integer> there = CompletableFuture.supplyAsync(
                () -> awaitThen(start, second.bean(Reminders.class)));
        start.countDown();
        here.get();
        there.get();
        // What they queued goes out before the clocks move on: a jump of minutes would outrun a sender's lease on a
        // mail it is sending, which real clocks never do.
        await().atMost(PATIENCE).until(() -> jdbc.sql("SELECT count(*) FROM email_message WHERE learner_id = ? "
                + "AND status = 'PENDING'").param(learner).query(Long.class).single() == 0);
    }

    private static int awaitThen(CountDownLatch start, Reminders reminders) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return reminders.sendDue();
    }

    @Test
    void aStreakAboutToBreakIsRemindedOnceInTheEveningOfTheLearnersDay() throws Exception {
        studied("2026-06-01", 4);

        // 18:30 in Paris: too early.
        bothInstancesRunAt("2026-06-02T16:30:00Z");
        assertThat(count("STREAK_REMINDER")).isZero();

        // 19:30 in Paris, nothing learned today: the streak ends at midnight.
        bothInstancesRunAt("2026-06-02T17:30:00Z");
        bothInstancesRunAt("2026-06-02T17:45:00Z");

        assertThat(count("STREAK_REMINDER")).isEqualTo(1);
        assertThat(kinds()).contains("STREAK_REMINDER");
        var mails = await().atMost(PATIENCE).until(() -> smtp.mailsTo(address), m -> m.size() == 1);
        assertThat(Mails.subject(mails.getFirst())).isEqualTo("Your 4-day streak ends at midnight");
        assertThat(Mails.header(mails.getFirst(), "List-Unsubscribe")).isNotNull();

        // Learning today ends the reason for it; tomorrow evening a new streak day is a new occasion.
        studied("2026-06-02", 5);
        bothInstancesRunAt("2026-06-02T19:00:00Z");
        assertThat(count("STREAK_REMINDER")).isEqualTo(1);
        bothInstancesRunAt("2026-06-03T18:00:00Z");
        assertThat(count("STREAK_REMINDER")).isEqualTo(2);
    }

    @Test
    void aLearnerQuietForDaysGetsOneNudgePerQuietSpell() throws Exception {
        studied("2026-05-28", 2);

        bothInstancesRunAt("2026-05-30T09:00:00Z");
        assertThat(count("INACTIVITY_NUDGE")).as("two days is not yet a spell").isZero();

        bothInstancesRunAt("2026-05-31T09:00:00Z");
        bothInstancesRunAt("2026-06-02T09:00:00Z");

        assertThat(count("INACTIVITY_NUDGE")).isEqualTo(1);
        await().atMost(PATIENCE).until(() -> smtp.mailsTo(address).stream()
                .anyMatch(mail -> Mails.subject(mail).equals("Pick up where you left off")));
    }

    @Test
    void quietHoursHoldARemindersBackUntilTheyEnd() throws Exception {
        assertThat(http.request("/api/notifications/preferences/quiet-hours").token(token)
                .json(Map.of("start", "19:00", "end", "22:30")).put().status()).isEqualTo(200);
        studied("2026-06-01", 3);

        bothInstancesRunAt("2026-06-02T18:00:00Z");
        assertThat(count("STREAK_REMINDER")).as("20:00 in Paris is inside the quiet hours").isZero();

        bothInstancesRunAt("2026-06-02T20:45:00Z");
        assertThat(count("STREAK_REMINDER")).as("22:45, after them and before midnight").isEqualTo(1);
    }

    @Test
    void theWeeklyDigestIsOptInAndTellsLastWeekOnce() throws Exception {
        events.publish(ProgressEvents.TOPIC, new TopicStatusChanged(UUID.randomUUID(),
                Instant.parse("2026-05-27T10:00:00Z"), learner, UUID.randomUUID(), "backend", UUID.randomUUID(),
                "http", "HTTP", "IN_PROGRESS", "DONE"));
        studied("2026-05-27", 1);

        bothInstancesRunAt("2026-06-01T07:30:00Z");
        assertThat(count("WEEKLY_DIGEST")).as("off until asked for").isZero();

        assertThat(http.request("/api/notifications/preferences/WEEKLY_DIGEST/IN_APP").token(token)
                .json(Map.of("enabled", true)).put().status()).isEqualTo(200);
        bothInstancesRunAt("2026-06-01T07:30:00Z");
        bothInstancesRunAt("2026-06-01T08:30:00Z");

        assertThat(count("WEEKLY_DIGEST")).isEqualTo(1);
        assertThat(http.get("/api/notifications?size=100", token).json().get("items").valueStream()
                .filter(item -> item.get("kind").asString().equals("WEEKLY_DIGEST")).findFirst().orElseThrow()
                .get("body").asString()).contains("1 topic done");
        assertThat(smtp.mailsTo(address)).noneMatch(mail -> Mails.subject(mail).contains("Your week"));
    }
}
