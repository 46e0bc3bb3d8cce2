package io.learnpath.progress.goals;

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
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Goals: a target date per roadmap, measured in the summary and the overview, in the learner's calendar. */
class GoalIntegrationTest extends ProgressIntegrationTest {

    @Autowired
    LearnerTimeZones zones;

    private final UUID ada = UUID.randomUUID();
    private String slug;
    private String goal;

    @BeforeEach
    void aRoadmapOfEightTopicsAndAdaInTokyo() {
        slug = uniqueSlug("goals");
        goal = "/api/progress/roadmaps/" + slug + "/goal";
        publishAndAwait(roadmap(UUID.randomUUID(), slug, "Goals", 1,
                topic(UUID.randomUUID(), "t1", "BASIC", 1), topic(UUID.randomUUID(), "t2", "BASIC", 2),
                topic(UUID.randomUUID(), "t3", "BASIC", 3), topic(UUID.randomUUID(), "t4", "BASIC", 4),
                topic(UUID.randomUUID(), "t5", "BASIC", 5), topic(UUID.randomUUID(), "t6", "BASIC", 6),
                topic(UUID.randomUUID(), "t7", "BASIC", 7), topic(UUID.randomUUID(), "t8", "BASIC", 8)));
        ContractExample.of(ProfileChanged.class).with("/eventId", UUID.randomUUID()).with("/userId", ada)
                .with("/timeZone", "Asia/Tokyo").with("/occurredAt", Instant.now().toString())
                .publish(AuthEvents.TOPIC);
        await().atMost(PATIENCE).until(() -> zones.zoneOf(ada).equals(ZoneId.of("Asia/Tokyo")));
    }

    @Test
    void the_summary_measures_the_goal_in_the_learners_calendar() {
        // One topic finished more than four weeks ago, three within them, one started.
        clock.setTo("2026-02-01T03:00:00Z");
        assertThat(setStatus(ada, slug, "t1", "DONE").status()).isEqualTo(200);
        clock.setTo("2026-02-20T03:00:00Z");
        assertThat(setStatus(ada, slug, "t2", "DONE").status()).isEqualTo(200);
        assertThat(setStatus(ada, slug, "t3", "SKIPPED").status()).isEqualTo(200);
        clock.setTo("2026-03-10T03:00:00Z");
        assertThat(setStatus(ada, slug, "t4", "DONE").status()).isEqualTo(200);
        assertThat(setStatus(ada, slug, "t5", "IN_PROGRESS").status()).isEqualTo(200);

        // 15:30 UTC on 13 March is already 14 March in Tokyo: the window is 15 February to 14 March, Tokyo days.
        clock.setTo("2026-03-13T15:30:00Z");
        TestResponse set = put(TOKENS.learner(ada), goal, "{\"targetDate\":\"2026-03-27\"}");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().path("targetDate").asString()).isEqualTo("2026-03-27");
        assertThat(set.json().path("roadmapSlug").asString()).isEqualTo(slug);

        JsonNode measured = summary(ada, slug).json().path("goal");
        assertThat(measured.path("today").asString()).isEqualTo("2026-03-14");
        assertThat(measured.path("daysLeft").asInt()).isEqualTo(13);
        assertThat(measured.path("remainingTopics").asInt()).isEqualTo(4);
        assertThat(measured.path("topicsPerWeekNeeded").asDouble()).isEqualTo(2.0); // 4 × 7 / 14
        assertThat(measured.path("recentPacePerWeek").asDouble()).isEqualTo(0.8); // 3 in 4 weeks
        assertThat(measured.path("state").asString()).isEqualTo("BEHIND");

        JsonNode overview = http.get("/api/progress/roadmaps", TOKENS.learner(ada)).json().path("items");
        assertThat(overview.get(0).path("goal").path("state").asString()).isEqualTo("BEHIND");

        clock.setTo("2026-03-28T03:00:00Z");
        assertThat(summary(ada, slug).json().path("goal").path("state").asString()).isEqualTo("OVERDUE");
    }

    @Test
    void a_summary_without_a_goal_has_none_and_a_finished_roadmap_reaches_it() {
        assertThat(summary(ada, slug).json().path("goal").isNull()).isTrue();
        clock.setTo("2026-05-01T00:00:00Z");
        assertThat(put(TOKENS.learner(ada), goal, "{\"targetDate\":\"2026-06-01\"}").status()).isEqualTo(200);
        for (int i = 1; i <= 8; i++) {
            assertThat(setStatus(ada, slug, "t" + i, "DONE").status()).isEqualTo(200);
        }

        JsonNode measured = summary(ada, slug).json().path("goal");

        assertThat(measured.path("state").asString()).isEqualTo("REACHED");
        assertThat(measured.path("recentPacePerWeek").asDouble()).isEqualTo(2.0);
    }

    @Test
    void setting_again_replaces_and_delete_is_idempotent() {
        clock.setTo("2026-05-01T00:00:00Z");
        assertThat(put(TOKENS.learner(ada), goal, "{\"targetDate\":\"2026-06-01\"}").status()).isEqualTo(200);
        assertThat(put(TOKENS.learner(ada), goal, "{\"targetDate\":\"2026-07-01\"}").status()).isEqualTo(200);
        assertThat(http.get(goal, TOKENS.learner(ada)).json().path("targetDate").asString()).isEqualTo("2026-07-01");

        assertThat(http.request(goal).token(TOKENS.learner(ada)).delete().status()).isEqualTo(204);
        assertThat(http.request(goal).token(TOKENS.learner(ada)).delete().status()).isEqualTo(204);
        assertThat(http.get(goal, TOKENS.learner(ada)).status()).isEqualTo(404);
    }

    @Test
    void a_target_date_must_be_a_date_after_the_learners_today_and_within_the_horizon() {
        clock.setTo("2026-03-13T15:30:00Z"); // 14 March in Tokyo
        Map<String, TestResponse> refused = Map.of(
                "today in Tokyo", put(TOKENS.learner(ada), goal, "{\"targetDate\":\"2026-03-14\"}"),
                "too far", put(TOKENS.learner(ada), goal, "{\"targetDate\":\"2031-03-15\"}"),
                "missing", put(TOKENS.learner(ada), goal, "{}"),
                "not a date", put(TOKENS.learner(ada), goal, "{\"targetDate\":\"soon\"}"));

        assertThat(refused).allSatisfy((why, response) -> {
            assertThat(response.status()).as(why).isEqualTo(400);
            assertThat(response.contentType()).as(why).startsWith("application/problem+json");
            assertThat(response.body()).as(why).contains("targetDate");
        });
        assertThat(put(TOKENS.learner(ada), goal, "{\"targetDate\":\"2026-03-15\"}").status()).isEqualTo(200);
        assertThat(put(TOKENS.learner(ada), "/api/progress/roadmaps/no-such-roadmap/goal",
                "{\"targetDate\":\"2026-03-15\"}").status()).isEqualTo(404);
    }

    @Test
    void nobody_else_sees_or_changes_a_learners_goal_and_export_and_erasure_include_it() {
        clock.setTo("2026-05-01T00:00:00Z");
        assertThat(put(TOKENS.learner(ada), goal, "{\"targetDate\":\"2026-06-01\"}").status()).isEqualTo(200);
        UUID bob = UUID.randomUUID();

        assertThat(http.get(goal, TOKENS.learner(bob)).status()).isEqualTo(404);
        assertThat(http.request(goal).token(TOKENS.learner(bob)).delete().status()).isEqualTo(204);
        assertThat(summary(bob, slug).json().path("goal").isNull()).isTrue();
        assertThat(http.get(goal, TOKENS.learner(ada)).status()).isEqualTo(200);

        JsonNode export = http.get("/api/progress/export", TOKENS.learner(ada)).json().path("sections");
        assertThat(export.path("goals").get(0).path("targetDate").asString()).isEqualTo("2026-06-01");
        assertThat(http.get("/api/progress/export?format=csv", TOKENS.learner(ada)).body()).contains("goals,");

        ContractExample.of(UserDeleted.class).with("/eventId", UUID.randomUUID()).with("/userId", ada)
                .publish(AuthEvents.TOPIC);
        await().atMost(PATIENCE).until(() -> http.get("/api/progress/export", TOKENS.learner(ada)).json()
                .path("sections").path("goals").isEmpty());
        assertThat(put(TOKENS.learner(ada), goal, "{\"targetDate\":\"2026-06-01\"}").status()).isEqualTo(403);
    }
}
