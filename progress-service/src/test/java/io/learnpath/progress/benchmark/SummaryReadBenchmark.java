package io.learnpath.progress.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import io.learnpath.content.events.ContentEvents;
import io.learnpath.content.events.RoadmapPublished;
import io.learnpath.platform.test.EventTopics;
import io.learnpath.platform.test.RealInfrastructure;
import io.learnpath.platform.test.TestTokens;
import io.learnpath.platform.test.benchmark.HttpLoad;
import io.learnpath.platform.test.benchmark.HttpLoad.Round;
import io.learnpath.platform.test.http.TestHttp;
import io.learnpath.platform.test.http.TestResponse;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The progress summary ({@code GET /api/progress/roadmaps/{slug}}) of one learner on a roadmap of the real one's
 * size (177 topics: 28 over three levels, each with its sub-topics), over real HTTP with a signed token, while the
 * {@code topic_status} table grows from a thousand to a million rows: the same read is measured at 1k, 10k, 100k
 * and 1M stored statuses. The other rows belong to thousands of other learners with a status on each of the
 * roadmap's topics (a million rows is about 5,600 such learners), as a busy service would hold them, not to one
 * learner. The summary reads one learner's statuses by (learner, topic), so its latency should not grow with the
 * table; the report says whether it does (p99 at each size against the 1k one; the target is at most 1.2 ×).
 * Writes {@code target/benchmarks/summary-read.md}.
 *
 * <p>Each round walks every size in turn: the table is grown by one {@code INSERT ... SELECT} over
 * {@code generate_series} and {@code VACUUM (ANALYZE)} (the statistics a planner would have, and the visibility map
 * a long-lived table has, so index-only scans need not visit the heap; without it autovacuum would start on its own
 * after a big insert, in the middle of a measured stretch), measured, grown again, and after the largest size the
 * other learners' rows are deleted for the next round. Rounds alternate between the sizes, as the content
 * benchmark's alternate between its variants, so that what else runs on the machine falls on every size alike.
 *
 * <p>Not a test: its name keeps it out of {@code ./mvnw verify}. Run it with
 * {@code ./mvnw -B -pl progress-service -am test -Dtest=SummaryReadBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (knobs: {@code -Dbenchmark.clients=4 -Dbenchmark.seconds=10 -Dbenchmark.rounds=3 -Dbenchmark.max-rows=1000000}).
 */
@SpringBootTest(webEnvironment = RANDOM_PORT, properties = {
        "learnpath.events.topic=learnpath.progress.events.benchmark",
        "logging.level.root=WARN"})
@RealInfrastructure
class SummaryReadBenchmark {

    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 4);
    private static final Duration ROUND = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 10));
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 3);
    private static final long MAX_ROWS = Long.getLong("benchmark.max-rows", 1_000_000);
    // The first warm-up is longer: it also waits out the JIT, which later ones find done.
    private static final Duration FIRST_WARM_UP = Duration.ofSeconds(20);
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final String SLUG = "backend-benchmark";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Test
    void summaryLatencyFromAThousandToAMillionStoredStatuses() throws Exception {
        RoadmapPublished roadmap = BenchmarkRoadmap.ofTheRealOnesSize(SLUG);
        EventTopics.publish(ContentEvents.TOPIC, roadmap, "content-service", json.writeValueAsBytes(roadmap));
        TestHttp http = TestHttp.at(port).withJsonMapper(json);
        String anyone = TestTokens.shared().learner(UUID.randomUUID());
        await().atMost(Duration.ofSeconds(60)).until(() -> http.get("/api/progress/roadmaps/" + SLUG, anyone).json()
                .path("total").asInt() == roadmap.topics().size());

        UUID learner = UUID.randomUUID();
        String token = TestTokens.shared().learner(learner);
        int measuredRows = recordStatusesOf(http, token, roadmap);
        UUID[] topicIds = roadmap.topics().stream().map(RoadmapPublished.Topic::topicId).toArray(UUID[]::new);
        HttpLoad load = HttpLoad.get(URI.create("http://127.0.0.1:" + port + "/api/progress/roadmaps/" + SLUG),
                Map.of("Authorization", "Bearer " + token), CLIENTS);

        List<Step> steps = new ArrayList<>();
        for (long rows = 1_000; rows <= MAX_ROWS; rows *= 10) {
            steps.add(new Step(rows));
        }
        load.run(FIRST_WARM_UP);
        for (int round = 0; round < ROUNDS; round++) {
            if (round > 0) {
                deleteOtherLearners(learner);
            }
            for (Step step : steps) {
                Duration filled = growTo(step.rows, measuredRows, topicIds);
                if (round == 0) {
                    // Later rounds reuse the space the deletion freed: the fresh table's size is the one to report.
                    step.filled = filled;
                    step.otherLearners = otherLearners(learner);
                    step.megabytes = megabytes();
                }
                load.run(WARM_UP);
                step.rounds.add(load.run(ROUND));
            }
        }

        String report = report(measuredRows, roadmap.topics().size(), steps);
        Path file = Path.of("target/benchmarks/summary-read.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);
        assertThat(steps).allSatisfy(step -> assertThat(step.rounds)
                .allSatisfy(round -> assertThat(round.errors()).isZero()));
    }

    /**
     * A learner well into the roadmap, through the real endpoint: most of the basic level done (every eleventh
     * topic skipped), part of the intermediate one in progress, the rest untouched.
     *
     * @return the rows this stored
     */
    private static int recordStatusesOf(TestHttp http, String token, RoadmapPublished roadmap) {
        int rows = 0;
        for (int i = 0; i < roadmap.topics().size(); i++) {
            String status = i < 55 ? (i % 11 == 10 ? "SKIPPED" : "DONE") : i < 70 && i % 2 == 0 ? "IN_PROGRESS" : null;
            if (status == null) {
                continue;
            }
            TestResponse answer = http.request("/api/progress/roadmaps/" + SLUG + "/topics/"
                    + roadmap.topics().get(i).slug()).token(token).json(Map.of("status", status)).put();
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            rows++;
        }
        return rows;
    }

    /**
     * Adds other learners' statuses until the table holds {@code rows}: other row {@code n} is learner
     * {@code n / topics}'s status on topic {@code n % topics}, a mix of statuses and of times over a year. Then
     * vacuums and analyses.
     */
    private Duration growTo(long rows, int measuredRows, UUID[] topicIds) {
        Instant start = Instant.now();
        long others = jdbc.sql("SELECT count(*) FROM topic_status").query(Long.class).single() - measuredRows;
        jdbc.sql("""
                        INSERT INTO topic_status (learner_id, topic_id, status, updated_at)
                        SELECT md5('benchmark-learner-' || (n / :topicCount))::uuid,
                               (CAST(:topics AS uuid[]))[(n % :topicCount)::int + 1],
                               CASE WHEN abs(hashint8(n)::bigint) % 100 < 55 THEN 'DONE'
                                    WHEN abs(hashint8(n)::bigint) % 100 < 75 THEN 'IN_PROGRESS'
                                    WHEN abs(hashint8(n)::bigint) % 100 < 85 THEN 'SKIPPED'
                                    ELSE 'NOT_STARTED' END,
                               now() - make_interval(mins => (n % 525600)::int)
                        FROM generate_series(CAST(:first AS bigint), CAST(:last AS bigint)) AS n""")
                .param("topicCount", topicIds.length).param("topics", topicIds)
                .param("first", others).param("last", rows - measuredRows - 1)
                .update();
        jdbc.sql("VACUUM (ANALYZE) topic_status").update();
        return Duration.between(start, Instant.now());
    }

    private void deleteOtherLearners(UUID measured) {
        jdbc.sql("DELETE FROM topic_status WHERE learner_id <> :measured").param("measured", measured).update();
        jdbc.sql("VACUUM (ANALYZE) topic_status").update();
    }

    private long otherLearners(UUID measured) {
        return jdbc.sql("SELECT count(DISTINCT learner_id) FROM topic_status WHERE learner_id <> :measured")
                .param("measured", measured).query(Long.class).single();
    }

    private double megabytes() {
        return jdbc.sql("SELECT pg_total_relation_size('topic_status')").query(Long.class).single() / 1048576.0;
    }

    /** One size of the table, measured once per round. */
    private static final class Step {

        final long rows;
        final List<Round> rounds = new ArrayList<>();
        long otherLearners;
        double megabytes;
        Duration filled;

        Step(long rows) {
            this.rows = rows;
        }

        double perSecond() {
            return rounds.stream().mapToDouble(Round::perSecond).average().orElse(0);
        }

        /** The middle round's: one round disturbed by another build on the machine does not decide the size. */
        double p50() {
            return median(rounds.stream().mapToDouble(Round::p50Millis).sorted().toArray());
        }

        double p99() {
            return median(rounds.stream().mapToDouble(Round::p99Millis).sorted().toArray());
        }

        private static double median(double[] sorted) {
            return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        }
    }

    private static String report(int measuredRows, int topics, List<Step> steps) {
        double baseline = steps.getFirst().p99();
        StringBuilder out = new StringBuilder("""
                # Progress summary: latency against stored statuses

                `GET /api/progress/roadmaps/%s` (%d topics) of one learner with %d statuses, %d connections (%s);
                %d rounds, each growing the table through every size and measuring %d s at each after a %d s
                warm-up (%d s before the first round); %s, %d cores. p50 and p99 of a size are its middle round's
                (the mean of the middle two for an even number of rounds); sizes and times are the first round's.

                | stored rows | other learners | table + indexes MB | insert + vacuum s | req/s | p50 ms | p99 ms \
                | p99 ÷ 1k step |
                |---|---|---|---|---|---|---|---|
                """.formatted(SLUG, topics, measuredRows, CLIENTS, HttpLoad.driver(), ROUNDS, ROUND.toSeconds(),
                WARM_UP.toSeconds(), FIRST_WARM_UP.toSeconds(), Instant.now(),
                Runtime.getRuntime().availableProcessors()));
        for (Step step : steps) {
            out.append("| %,d | %,d | %.1f | %.1f | %.0f | %.2f | %.2f | %.2f |%n".formatted(step.rows,
                    step.otherLearners, step.megabytes, step.filled.toMillis() / 1000.0, step.perSecond(),
                    step.p50(), step.p99(), step.p99() / baseline));
        }
        out.append("""

                Every round:

                | round | stored rows | req/s | p50 ms | p99 ms |
                |---|---|---|---|---|
                """);
        for (int i = 0; i < ROUNDS; i++) {
            for (Step step : steps) {
                Round round = step.rounds.get(i);
                out.append("| %d | %,d | %.0f | %.2f | %.2f |%n".formatted(i + 1, step.rows, round.perSecond(),
                        round.p50Millis(), round.p99Millis()));
            }
        }
        double worst = steps.stream().mapToDouble(Step::p99).max().orElse(0) / baseline;
        out.append("%nLargest p99 against the 1k step: **%.2f ×** (target ≤ 1.2 ×).%n".formatted(worst));
        return out.toString();
    }
}
