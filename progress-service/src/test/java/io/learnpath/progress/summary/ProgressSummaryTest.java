package io.learnpath.progress.summary;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.progress.tracking.TopicStatus;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressSummaryTest {

    @Test
    void counts_each_status_over_the_listed_topics() {
        ProgressSummary summary = ProgressSummary.of("backend", "Backend", List.of(
                topic("a", TopicStatus.DONE), topic("b", TopicStatus.DONE), topic("c", TopicStatus.IN_PROGRESS),
                topic("d", TopicStatus.SKIPPED), topic("e", TopicStatus.NOT_STARTED),
                topic("f", TopicStatus.NOT_STARTED)));

        assertThat(summary.total()).isEqualTo(6);
        assertThat(summary.done()).isEqualTo(2);
        assertThat(summary.inProgress()).isEqualTo(1);
        assertThat(summary.skipped()).isEqualTo(1);
        assertThat(summary.notStarted()).isEqualTo(2);
        assertThat(summary.percent()).isEqualTo(33.3);
    }

    @Test
    void an_empty_roadmap_is_zero_percent() {
        ProgressSummary summary = ProgressSummary.of("empty", "Empty", List.of());
        assertThat(summary.total()).isZero();
        assertThat(summary.percent()).isZero();
    }

    private static TopicProgress topic(String slug, TopicStatus status) {
        return new TopicProgress(slug, slug, "BEGINNER", 1, status, status == TopicStatus.NOT_STARTED ? null
                : Instant.now());
    }
}
