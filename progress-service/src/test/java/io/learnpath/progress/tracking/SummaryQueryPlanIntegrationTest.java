package io.learnpath.progress.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.progress.ProgressIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The summary's latency must stay flat from thousands to millions of stored statuses. A timing test would be
 * flaky on a shared machine; the plan is what makes it flat, so the plan is what is checked: with many other
 * learners' rows in the table, the query behind {@link TopicStatuses#of} (one learner's statuses on one roadmap,
 * what the summary reads) comes from the index, never a table scan.
 */
class SummaryQueryPlanIntegrationTest extends ProgressIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void reads_one_learners_statuses_through_the_learner_and_roadmap_index() {
        UUID roadmap = UUID.randomUUID();
        // 100,000 rows: 5,000 learners x 20 topics, spread over 10 roadmaps.
        jdbc.sql("""
                INSERT INTO topic_status (learner_id, topic_id, roadmap_id, status, updated_at)
                SELECT md5('learner-' || l)::uuid, md5('topic-' || l || '-' || t)::uuid,
                       CASE WHEN t % 10 = 0 THEN :roadmap ELSE md5('roadmap-' || t % 10)::uuid END, 'DONE', now()
                FROM generate_series(1, 5000) AS l, generate_series(1, 20) AS t
                ON CONFLICT DO NOTHING""").param("roadmap", roadmap).update();
        jdbc.sql("ANALYZE topic_status").update();

        List<String> plan = jdbc.sql("EXPLAIN " + TopicStatusStore.STATUSES_ON_ROADMAP)
                .param("learner", UUID.randomUUID()).param("roadmap", roadmap)
                .query(String.class).list();

        assertThat(String.join("\n", plan))
                .contains("topic_status_by_learner_and_roadmap")
                .doesNotContain("Seq Scan");
    }
}
