package io.learnpath.progress.streaks;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.platform.test.contract.ContractExample;
import io.learnpath.progress.ProgressIntegrationTest;
import io.learnpath.progress.events.StudyDayRecorded;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * {@code StudyDayRecorded}: once per learner and local day, at the day's first learning, with the streak that day
 * makes, as the streak API counts it.
 */
class StudyDayEventsIntegrationTest extends ProgressIntegrationTest {

    private static final String STUDY_DAY = "learnpath.progress.study-day-recorded.v1";

    @Autowired
    JdbcClient jdbc;

    private final UUID ada = UUID.randomUUID();
    private String slug;

    @BeforeEach
    void publishRoadmap() {
        slug = uniqueSlug("study-days");
        publishAndAwait(roadmap(UUID.randomUUID(), slug, "Study days", 1,
                topic(UUID.randomUUID(), "first", "BASIC", 1), topic(UUID.randomUUID(), "second", "BASIC", 2),
                topic(UUID.randomUUID(), "third", "BASIC", 3), topic(UUID.randomUUID(), "fourth", "BASIC", 4)));
    }

    private List<JsonNode> studyDays() {
        return published(jdbc, ada, STUDY_DAY).stream().map(record -> json.readTree(record.value())).toList();
    }

    @Test
    void eachDayOfStudyIsAnnouncedOnceWithItsStreak() throws Exception {
        clock.setTo("2026-02-10T09:00:00Z");
        // Two changes at once on the same day: one announcement.
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(
                () -> setStatus(ada, slug, "first", "IN_PROGRESS").status());
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(
                () -> setStatus(ada, slug, "second", "IN_PROGRESS").status());
        assertThat(one.get()).isEqualTo(200);
        assertThat(two.get()).isEqualTo(200);
        clock.setTo("2026-02-10T17:00:00Z");
        assertThat(setStatus(ada, slug, "first", "DONE").status()).isEqualTo(200);
        clock.setTo("2026-02-11T08:00:00Z");
        // Moving a topic back is no learning, so no day of study.
        assertThat(setStatus(ada, slug, "second", "NOT_STARTED").status()).isEqualTo(200);
        assertThat(studyDays()).hasSize(1);
        assertThat(setStatus(ada, slug, "third", "DONE").status()).isEqualTo(200);

        List<JsonNode> days = studyDays();

        assertThat(days).extracting(day -> day.get("day").asString()).containsExactly("2026-02-10", "2026-02-11");
        assertThat(days).extracting(day -> day.get("streak").asInt()).containsExactly(1, 2);
        assertThat(days.getFirst().get("timeZone").asString()).isEqualTo("UTC");
        assertThat(http.get("/api/progress/streak", TOKENS.learner(ada)).json().get("current").asInt()).isEqualTo(2);
        ContractExample.of(StudyDayRecorded.class)
                .assertSameShape(published(jdbc, ada, STUDY_DAY).getFirst().value());
    }
}
