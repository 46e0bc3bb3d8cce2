package io.learnpath.progress.milestones;

import static io.learnpath.platform.test.EventTopics.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.learnpath.auth.events.AuthEvents;
import io.learnpath.auth.events.UserDeleted;
import io.learnpath.platform.events.CloudEventHeaders;
import io.learnpath.platform.test.contract.ContractExample;
import io.learnpath.platform.test.http.TestResponse;
import io.learnpath.progress.ProgressIntegrationTest;
import io.learnpath.progress.events.MilestoneReached;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Milestones: reached by learners' changes, each exactly once per learner (also when concurrent requests reach it
 * together or it is reached again after a reset), published as {@code MilestoneReached}, never taken back.
 */
class MilestonesIntegrationTest extends ProgressIntegrationTest {

    private static final String MILESTONE_REACHED = "learnpath.progress.milestone-reached.v1";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    private final UUID roadmapId = UUID.randomUUID();
    private final UUID basicOne = UUID.randomUUID();
    private final UUID basicTwo = UUID.randomUUID();
    private final UUID advancedOne = UUID.randomUUID();
    private final UUID advancedTwo = UUID.randomUUID();
    private String slug;

    @BeforeEach
    void aRoadmapOfTwoLevels() {
        slug = uniqueSlug("milestones");
        publishAndAwait(roadmap(roadmapId, slug, "Milestones", 1,
                topic(basicOne, "basic-one", "BASIC", 1), topic(basicTwo, "basic-two", "BASIC", 2),
                topic(advancedOne, "advanced-one", "ADVANCED", 3), topic(advancedTwo, "advanced-two", "ADVANCED", 4)));
    }

    @Test
    void finishing_topics_reaches_the_first_topic_percents_and_levels_in_order_each_once() {
        UUID ada = UUID.randomUUID();
        double firstTopicsBefore = milestonesCounted("FIRST_TOPIC_DONE");
        double levelsBefore = milestonesCounted("LEVEL_COMPLETED");

        assertThat(setStatus(ada, slug, "basic-one", "IN_PROGRESS").status()).isEqualTo(200);
        assertThat(milestoneIds(ada)).isEmpty();

        assertThat(setStatus(ada, slug, "basic-one", "DONE").status()).isEqualTo(200);
        assertThat(milestoneIds(ada)).containsExactly("first-topic-done", roadmapMilestone("percent-25"));

        // Skipping counts as finishing, as it does for the percentage; the basic level is complete.
        assertThat(setStatus(ada, slug, "basic-two", "SKIPPED").status()).isEqualTo(200);
        assertThat(milestoneIds(ada)).containsExactlyInAnyOrder("first-topic-done", roadmapMilestone("percent-25"),
                roadmapMilestone("percent-50"), roadmapMilestone("level-basic"));

        assertThat(bulk(ada, Map.of("advanced-one", "DONE", "advanced-two", "DONE")).status()).isEqualTo(200);

        JsonNode page = http.get("/api/progress/milestones?size=100", TOKENS.learner(ada)).json();
        assertThat(page.path("totalItems").asInt()).isEqualTo(7);
        JsonNode level = find(page, roadmapMilestone("level-advanced"));
        assertThat(level.path("kind").asString()).isEqualTo("LEVEL_COMPLETED");
        assertThat(level.path("level").asString()).isEqualTo("ADVANCED");
        assertThat(level.path("roadmapSlug").asString()).isEqualTo(slug);
        assertThat(level.path("title").asString()).isEqualTo("Milestones: advanced level completed");
        assertThat(find(page, roadmapMilestone("percent-100")).path("title").asString())
                .isEqualTo("Milestones: every topic finished");

        Map<String, List<MilestoneReached>> published = publishedMilestones(ada);
        assertThat(published.keySet()).containsExactlyInAnyOrderElementsOf(milestoneIds(ada));
        assertThat(published.values()).allSatisfy(copies -> assertThat(copies).hasSize(1));
        MilestoneReached percent = published.get(roadmapMilestone("percent-75")).getFirst();
        assertThat(percent.kind()).isEqualTo("ROADMAP_PERCENT");
        assertThat(percent.threshold()).isEqualTo(75);
        assertThat(percent.roadmaps()).containsExactly(new MilestoneReached.Roadmap(roadmapId, slug, "Milestones"));
        assertThat(percent.levels()).isEmpty();
        // Counted once committed, by kind (every kind is there from the start).
        assertThat(milestonesCounted("FIRST_TOPIC_DONE")).isEqualTo(firstTopicsBefore + 1);
        assertThat(milestonesCounted("LEVEL_COMPLETED")).isEqualTo(levelsBefore + 2);
        assertThat(milestonesCounted("STREAK_DAYS")).isNotNegative();
    }

    private double milestonesCounted(String kind) {
        return meters.get("learnpath.progress.milestones").tag("kind", kind).counter().count();
    }

    @Test
    void a_milestone_reached_again_after_a_reset_is_not_reached_twice() {
        UUID ada = UUID.randomUUID();
        assertThat(bulk(ada, Map.of("basic-one", "DONE", "basic-two", "DONE")).status()).isEqualTo(200);
        assertThat(milestoneIds(ada)).contains(roadmapMilestone("percent-50"));

        assertThat(http.request("/api/progress/roadmaps/" + slug + "/reset").token(TOKENS.learner(ada)).post()
                .status()).isEqualTo(200);
        assertThat(bulk(ada, Map.of("basic-one", "DONE", "basic-two", "DONE")).status()).isEqualTo(200);
        // The same request again changes nothing and reaches nothing.
        assertThat(bulk(ada, Map.of("basic-one", "DONE", "basic-two", "DONE")).status()).isEqualTo(200);

        assertThat(publishedMilestones(ada).values()).allSatisfy(copies -> assertThat(copies).hasSize(1));
        assertThat(milestoneIds(ada)).hasSize(4);
    }

    @Test
    void concurrent_changes_that_only_together_finish_a_roadmap_reach_each_milestone_once() throws Exception {
        String small = uniqueSlug("race");
        UUID smallId = UUID.randomUUID();
        publishAndAwait(roadmap(smallId, small, "Race", 1, topic(UUID.randomUUID(), "left", "BASIC", 1),
                topic(UUID.randomUUID(), "right", "BASIC", 2)));
        List<UUID> learners = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int round = 0; round < 8; round++) {
                UUID learner = UUID.randomUUID();
                learners.add(learner);
                List<Callable<TestResponse>> both = List.of(
                        () -> setStatus(learner, small, "left", "DONE"),
                        () -> setStatus(learner, small, "right", "DONE"));
                for (Future<TestResponse> answer : pool.invokeAll(both)) {
                    assertThat(answer.get().status()).isEqualTo(200);
                }
            }
        }
        for (UUID learner : learners) {
            // Whichever change committed second saw both topics finished: 100 % and the level, once each.
            assertThat(milestoneIds(learner)).containsExactlyInAnyOrder("first-topic-done",
                    "roadmap-" + smallId + "-percent-50", "roadmap-" + smallId + "-percent-100",
                    "roadmap-" + smallId + "-level-basic", "roadmap-" + smallId + "-percent-25",
                    "roadmap-" + smallId + "-percent-75");
            assertThat(publishedMilestones(learner).values()).allSatisfy(copies -> assertThat(copies).hasSize(1));
        }
    }

    @Test
    void a_topic_shared_by_two_roadmaps_reaches_milestones_in_both() {
        UUID other = UUID.randomUUID();
        String otherSlug = uniqueSlug("other");
        publishAndAwait(roadmap(other, otherSlug, "Other", 1, topic(basicOne, "shared", "BASIC", 1)));
        UUID ada = UUID.randomUUID();

        assertThat(setStatus(ada, slug, "basic-one", "DONE").status()).isEqualTo(200);

        assertThat(milestoneIds(ada)).contains(roadmapMilestone("percent-25"), "roadmap-" + other + "-percent-100",
                "roadmap-" + other + "-level-basic");
    }

    @Test
    void a_republished_roadmap_takes_no_milestone_back_and_reaches_none_by_itself() {
        UUID ada = UUID.randomUUID();
        assertThat(bulk(ada, Map.of("basic-one", "DONE", "basic-two", "DONE")).status()).isEqualTo(200);
        List<String> before = milestoneIds(ada);

        // Twice as many topics: Ada is at 25 % now, and the basic level has a topic she has not done.
        publishAndAwait(roadmap(roadmapId, slug, "Milestones", 2,
                topic(basicOne, "basic-one", "BASIC", 1), topic(basicTwo, "basic-two", "BASIC", 2),
                topic(UUID.randomUUID(), "basic-three", "BASIC", 3),
                topic(advancedOne, "advanced-one", "ADVANCED", 4), topic(advancedTwo, "advanced-two", "ADVANCED", 5),
                topic(UUID.randomUUID(), "advanced-three", "ADVANCED", 6),
                topic(UUID.randomUUID(), "advanced-four", "ADVANCED", 7),
                topic(UUID.randomUUID(), "advanced-five", "ADVANCED", 8)));

        assertThat(milestoneIds(ada)).containsExactlyInAnyOrderElementsOf(before)
                .contains(roadmapMilestone("level-basic"), roadmapMilestone("percent-50"));
        // The roadmap's present title and slug are the catalogue's; a milestone keeps the name it was reached under.
        assertThat(summary(ada, slug).json().path("percent").asDouble()).isEqualTo(25.0);
    }

    @Test
    void seven_days_of_learning_in_a_row_reach_the_seven_day_streak_once() {
        UUID ada = UUID.randomUUID();
        Instant day = Instant.parse("2026-01-05T12:00:00Z");
        for (int i = 0; i < 8; i++) {
            clock.setTo(day.plusSeconds(86_400L * i));
            // Alternating statuses so that every day has a real change.
            assertThat(setStatus(ada, slug, "basic-one", i % 2 == 0 ? "IN_PROGRESS" : "NOT_STARTED").status())
                    .isEqualTo(200);
            assertThat(setStatus(ada, slug, "basic-two", i % 2 == 0 ? "IN_PROGRESS" : "SKIPPED").status())
                    .isEqualTo(200);
            assertThat(milestoneIds(ada).contains("streak-7")).isEqualTo(i >= 6);
        }
        MilestoneReached streak = publishedMilestones(ada).get("streak-7").getFirst();
        assertThat(streak.kind()).isEqualTo("STREAK_DAYS");
        assertThat(streak.threshold()).isEqualTo(7);
        assertThat(streak.roadmaps()).isEmpty();
        assertThat(streak.occurredAt()).isEqualTo(Instant.parse("2026-01-11T12:00:00Z"));
    }

    @Test
    void the_published_event_has_the_shape_of_its_contract_example() {
        UUID ada = UUID.randomUUID();
        assertThat(setStatus(ada, slug, "basic-one", "DONE").status()).isEqualTo(200);

        ConsumerRecord<String, byte[]> record = publishedRecords(ada).getFirst();

        ContractExample.of(MilestoneReached.class).assertSameShape(record.value());
        assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo(ada.toString());
    }

    @Test
    void erasure_deletes_the_learners_milestones() {
        UUID ada = UUID.randomUUID();
        assertThat(setStatus(ada, slug, "basic-one", "DONE").status()).isEqualTo(200);
        assertThat(milestoneIds(ada)).isNotEmpty();

        ContractExample.of(UserDeleted.class).with("/eventId", UUID.randomUUID())
                .with("/userId", ada).publish(AuthEvents.TOPIC);

        await().atMost(PATIENCE).until(() -> jdbc.sql("SELECT count(*) FROM milestone WHERE learner_id = :learner")
                .param("learner", ada).query(Integer.class).single() == 0);
    }

    private String roadmapMilestone(String suffix) {
        return "roadmap-" + roadmapId + "-" + suffix;
    }

    private TestResponse bulk(UUID learner, Map<String, String> statuses) {
        List<Map<String, String>> topics = statuses.entrySet().stream()
                .map(entry -> Map.of("topicSlug", entry.getKey(), "status", entry.getValue())).toList();
        return http.request("/api/progress/roadmaps/" + slug + "/topics").token(TOKENS.learner(learner))
                .json(Map.of("topics", topics)).put();
    }

    private List<String> milestoneIds(UUID learner) {
        TestResponse page = http.get("/api/progress/milestones?size=100", TOKENS.learner(learner));
        assertThat(page.status()).isEqualTo(200);
        return page.json().path("items").valueStream().map(item -> item.path("milestone").asString()).toList();
    }

    private static JsonNode find(JsonNode page, String milestone) {
        return page.path("items").valueStream().filter(item -> item.path("milestone").asString().equals(milestone))
                .findFirst().orElseThrow(() -> new AssertionError("no milestone " + milestone + " in " + page));
    }

    /** Every MilestoneReached of the learner, by milestone id, once the outbox has sent all of theirs. */
    private Map<String, List<MilestoneReached>> publishedMilestones(UUID learner) {
        return publishedRecords(learner).stream()
                .map(record -> json.readValue(record.value(), MilestoneReached.class))
                .collect(Collectors.groupingBy(MilestoneReached::milestone));
    }

    private List<ConsumerRecord<String, byte[]>> publishedRecords(UUID learner) {
        return published(jdbc, learner, MILESTONE_REACHED);
    }
}
