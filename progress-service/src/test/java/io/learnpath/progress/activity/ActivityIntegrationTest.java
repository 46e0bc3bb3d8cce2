package io.learnpath.progress.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.auth.events.AuthEvents;
import io.learnpath.auth.events.ProfileChanged;
import io.learnpath.auth.events.UserDeleted;
import io.learnpath.platform.test.contract.ContractExample;
import io.learnpath.platform.test.http.TestResponse;
import io.learnpath.progress.ProgressIntegrationTest;
import io.learnpath.progress.timezone.LearnerTimeZones;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The activity log, the calendar and the streaks, in the learner's time zone: across a daylight-saving change, and
 * when the learner moves to another zone. Times are set on the service's clock.
 */
class ActivityIntegrationTest extends ProgressIntegrationTest {

    @Autowired
    LearnerTimeZones zones;

    @Autowired
    JdbcClient jdbc;

    private final UUID ada = UUID.randomUUID();
    private String slug;

    @BeforeEach
    void aRoadmap() {
        slug = uniqueSlug("activity");
        publishAndAwait(roadmap(UUID.randomUUID(), slug, "Activity", 1,
                topic(UUID.randomUUID(), "first", "BASIC", 1), topic(UUID.randomUUID(), "second", "BASIC", 2)));
    }

    @Test
    void every_status_change_is_logged_newest_first_and_a_move_back_to_not_started_is_no_learning() {
        clock.setTo("2026-02-10T09:00:00Z");
        assertThat(setStatus(ada, slug, "first", "IN_PROGRESS").status()).isEqualTo(200);
        clock.setTo("2026-02-10T10:00:00Z");
        assertThat(setStatus(ada, slug, "first", "DONE").status()).isEqualTo(200);
        clock.setTo("2026-02-11T10:00:00Z");
        assertThat(setStatus(ada, slug, "first", "NOT_STARTED").status()).isEqualTo(200);
        // A no-op is no activity.
        assertThat(setStatus(ada, slug, "first", "NOT_STARTED").status()).isEqualTo(200);

        JsonNode log = http.get("/api/progress/activity", TOKENS.learner(ada)).json();

        assertThat(log.path("totalItems").asInt()).isEqualTo(3);
        JsonNode newest = log.path("items").get(0);
        assertThat(newest.path("kind").asString()).isEqualTo("TOPIC_STATUS_CHANGED");
        assertThat(newest.path("status").asString()).isEqualTo("NOT_STARTED");
        assertThat(newest.path("previousStatus").asString()).isEqualTo("DONE");
        assertThat(newest.path("learning").asBoolean()).isFalse();
        assertThat(newest.path("roadmapSlug").asString()).isEqualTo(slug);
        assertThat(newest.path("topicTitle").asString()).isEqualTo("Title of first");
        assertThat(newest.path("date").asString()).isEqualTo("2026-02-11");
        assertThat(newest.path("timeZone").asString()).isEqualTo("UTC");
        assertThat(log.path("items").get(2).path("status").asString()).isEqualTo("IN_PROGRESS");

        JsonNode calendar = calendar(ada, "?from=2026-02-01&to=2026-02-28").json();
        assertThat(calendar.path("total").asInt()).isEqualTo(2);
        assertThat(calendar.path("activeDays").asInt()).isEqualTo(1);
        assertThat(calendar.path("days").get(0).path("date").asString()).isEqualTo("2026-02-10");
        assertThat(calendar.path("days").get(0).path("count").asInt()).isEqualTo(2);
    }

    @Test
    void days_and_streaks_are_the_learners_across_a_daylight_saving_change() {
        inZone(ada, "Europe/Paris");
        // Paris moves to summer time in the night of 28 to 29 March 2026.
        clock.setTo("2026-03-28T23:30:00Z"); // 29 March, 00:30 in Paris (28 March in UTC)
        assertThat(setStatus(ada, slug, "first", "IN_PROGRESS").status()).isEqualTo(200);
        clock.setTo("2026-03-30T21:30:00Z"); // 30 March, 23:30 in Paris
        assertThat(setStatus(ada, slug, "first", "DONE").status()).isEqualTo(200);
        clock.setTo("2026-03-31T21:45:00Z"); // 31 March, 23:45 in Paris
        assertThat(setStatus(ada, slug, "second", "SKIPPED").status()).isEqualTo(200);

        clock.setTo("2026-04-01T20:00:00Z"); // 1 April, 22:00 in Paris: the streak lives until midnight
        JsonNode streak = streak(ada);
        assertThat(streak.path("current").asInt()).isEqualTo(3);
        assertThat(streak.path("longest").asInt()).isEqualTo(3);
        assertThat(streak.path("activeToday").asBoolean()).isFalse();
        assertThat(streak.path("lastActiveDate").asString()).isEqualTo("2026-03-31");
        assertThat(streak.path("today").asString()).isEqualTo("2026-04-01");
        assertThat(streak.path("timeZone").asString()).isEqualTo("Europe/Paris");

        assertThat(calendar(ada, "?from=2026-03-28&to=2026-04-01").json().path("days")
                .valueStream().map(day -> day.path("date").asString()).toList())
                .containsExactly("2026-03-29", "2026-03-30", "2026-03-31");

        clock.setTo("2026-04-01T22:30:00Z"); // 2 April, 00:30 in Paris: a day went by without learning
        streak = streak(ada);
        assertThat(streak.path("current").asInt()).isZero();
        assertThat(streak.path("longest").asInt()).isEqualTo(3);
    }

    @Test
    void moving_to_another_zone_keeps_past_days_where_they_were() {
        inZone(ada, "America/New_York");
        clock.setTo("2026-05-10T02:00:00Z"); // 9 May, 22:00 in New York
        assertThat(setStatus(ada, slug, "first", "IN_PROGRESS").status()).isEqualTo(200);

        inZone(ada, "Asia/Tokyo");
        clock.setTo("2026-05-10T03:00:00Z"); // 10 May, 12:00 in Tokyo, an hour later
        assertThat(setStatus(ada, slug, "first", "DONE").status()).isEqualTo(200);

        JsonNode streak = streak(ada);
        assertThat(streak.path("current").asInt()).isEqualTo(2);
        assertThat(streak.path("activeToday").asBoolean()).isTrue();
        assertThat(streak.path("timeZone").asString()).isEqualTo("Asia/Tokyo");
        JsonNode log = http.get("/api/progress/activity", TOKENS.learner(ada)).json().path("items");
        assertThat(log.get(1).path("date").asString()).isEqualTo("2026-05-09");
        assertThat(log.get(1).path("timeZone").asString()).isEqualTo("America/New_York");
        assertThat(log.get(0).path("date").asString()).isEqualTo("2026-05-10");
    }

    @Test
    void the_calendar_without_bounds_is_the_year_up_to_the_learners_today() {
        inZone(ada, "Pacific/Kiritimati"); // UTC+14: already tomorrow
        clock.setTo("2026-07-01T12:00:00Z");

        JsonNode calendar = calendar(ada, "").json();

        assertThat(calendar.path("to").asString()).isEqualTo("2026-07-02");
        assertThat(calendar.path("from").asString()).isEqualTo("2025-07-03");
        assertThat(calendar.path("timeZone").asString()).isEqualTo("Pacific/Kiritimati");
        assertThat(calendar.path("days").isEmpty()).isTrue();
    }

    @Test
    void a_bad_calendar_range_is_a_problem_naming_the_parameter() {
        TestResponse reversed = calendar(ada, "?from=2026-02-10&to=2026-02-01");
        TestResponse tooLong = calendar(ada, "?from=2020-01-01&to=2026-01-01");
        TestResponse notADate = calendar(ada, "?from=yesterday");

        assertThat(List.of(reversed, tooLong, notADate)).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        });
        assertThat(reversed.body()).contains("from");
        assertThat(tooLong.body()).contains("to");
        assertThat(notADate.body()).contains("from");
    }

    @Test
    void erasure_deletes_the_log() {
        assertThat(setStatus(ada, slug, "first", "DONE").status()).isEqualTo(200);

        ContractExample.of(UserDeleted.class).with("/eventId", UUID.randomUUID()).with("/userId", ada)
                .publish(AuthEvents.TOPIC);

        await().atMost(PATIENCE).until(() -> jdbc.sql(
                        "SELECT count(*) FROM learning_activity WHERE learner_id = :learner")
                .param("learner", ada).query(Integer.class).single() == 0);
    }

    private void inZone(UUID learner, String zone) {
        // Each move is newer than the last: the read model keeps the newest by the event's time.
        ContractExample.of(ProfileChanged.class).with("/eventId", UUID.randomUUID()).with("/userId", learner)
                .with("/timeZone", zone).with("/occurredAt", Instant.now().toString()).publish(AuthEvents.TOPIC);
        await().atMost(PATIENCE).until(() -> zones.zoneOf(learner).equals(ZoneId.of(zone)));
    }

    private JsonNode streak(UUID learner) {
        TestResponse response = http.get("/api/progress/streak", TOKENS.learner(learner));
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private TestResponse calendar(UUID learner, String query) {
        return http.get("/api/progress/activity/calendar" + query, TOKENS.learner(learner));
    }
}
