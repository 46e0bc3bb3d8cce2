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
 * learners' rows in the table, the query behind {@link TopicStatuses#of} (one learner's statuses on a roadmap's
 * topics, what the summary reads) comes from the (learner, topic) key, never a table scan.
 */
class SummaryQueryPlanIntegrationTest extends ProgressIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void reads_one_learners_statuses_on_a_roadmaps_topics_through_the_learner_and_topic_key() {
        // 100,000 rows: 5,000 learners x 20 topics; every learner has a status on every topic.
        jdbc.sql("""
                INSERT INTO topic_status (learner_id, topic_id, status, updated_at)
                SELECT md5('learner-' || l)::uuid, md5('topic-' || t)::uuid, 'DONE', now()
                FROM generate_series(1, 5000) AS l, generate_series(1, 20) AS t
                ON CONFLICT DO NOTHING""").update();
        jdbc.sql("ANALYZE topic_status").update();
        // A roadmap of 10 of those topics, and a learner who has statuses on them.
        UUID learner = jdbc.sql("SELECT md5('learner-42')::uuid").query(UUID.class).single();
        UUID[] roadmapTopics = jdbc.sql("SELECT md5('topic-' || t)::uuid FROM generate_series(1, 20, 2) AS t")
                .query(UUID.class).list().toArray(UUID[]::new);

        List<String> plan = jdbc.sql("EXPLAIN " + TopicStatusStore.STATUSES_OF_TOPICS)
                .param("learner", learner).param("topics", roadmapTopics)
                .query(String.class).list();

        assertThat(String.join("\n", plan))
                .contains("topic_status_pkey")
                .doesNotContain("Seq Scan");
    }
}
