package io.learnpath.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import io.learnpath.content.roadmap.TopicLevel;
import io.learnpath.platform.domain.Slug;
import io.learnpath.platform.test.RealInfrastructure;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The seeded backend roadmap is a usable curriculum: enough steps, valid, in a sensible order. */
@SpringBootTest(webEnvironment = RANDOM_PORT)
@RealInfrastructure
class BackendSeedIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    List<SeededTopic> topics;

    @BeforeEach
    void loadTopics() {
        topics = jdbc.sql("""
                        SELECT t.id, t.slug, t.title, t.summary, t.level, t.position FROM topics t
                        JOIN roadmaps r ON r.id = t.roadmap_id WHERE r.slug = 'backend' ORDER BY t.position
                        """)
                .query(SeededTopic.class).list();
    }

    @Test
    void theBackendRoadmapHasItsFixedId() {
        assertThat(jdbc.sql("SELECT id FROM roadmaps WHERE slug = 'backend'").query(UUID.class).single())
                .isEqualTo(TestRoadmaps.BACKEND_ID);
    }

    @Test
    void hasTwelveToSixteenTopics() {
        assertThat(topics).hasSizeBetween(12, 16);
    }

    @Test
    void topicSlugsAreUniqueAndWellFormed() {
        assertThat(topics).extracting(SeededTopic::slug).doesNotHaveDuplicates()
                .allMatch(Slug::isValid);
        assertThat(topics).extracting(SeededTopic::id).doesNotHaveDuplicates();
    }

    @Test
    void orderIsContiguousFromOne() {
        assertThat(topics).extracting(SeededTopic::position)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, topics.size()).boxed().toList());
    }

    @Test
    void levelsAreValidAndNeverStepBackAlongThePath() {
        List<TopicLevel> levels = topics.stream().map(topic -> TopicLevel.valueOf(topic.level())).toList();
        assertThat(levels).isSorted().contains(TopicLevel.values());
    }

    @Test
    void everyTopicHasATitleAndASummaryOfOneToThreeSentences() {
        assertThat(topics).allSatisfy(topic -> {
            assertThat(topic.title()).isNotBlank();
            long sentences = Arrays.stream(topic.summary().split("(?<=[.!?])\\s+")).filter(s -> !s.isBlank()).count();
            assertThat(sentences).as(topic.slug()).isBetween(1L, 3L);
        });
    }

    @Test
    void coversTheStepsFromFundamentalsToProduction() {
        assertThat(topics).extracting(SeededTopic::slug).contains("programming-language", "version-control",
                "how-the-web-works", "data-structures-algorithms", "relational-databases", "nosql-databases",
                "rest-apis", "authentication", "web-frameworks", "caching", "web-security", "testing",
                "containers-ci-cd", "message-brokers", "scaling-architecture", "observability");
    }

    record SeededTopic(UUID id, String slug, String title, String summary, String level, int position) {
    }
}
