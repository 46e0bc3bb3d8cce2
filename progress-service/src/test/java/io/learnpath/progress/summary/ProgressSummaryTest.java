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
        // (done + skipped) / total: a skipped topic is behind the learner too.
        assertThat(summary.percent()).isEqualTo(50.0);
    }

    @Test
    void counts_skipped_topics_as_finished_in_each_level_too() {
        ProgressSummary summary = ProgressSummary.of("backend", "Backend", List.of(
                topic("a", "BASIC", TopicStatus.SKIPPED), topic("b", "BASIC", TopicStatus.DONE),
                topic("c", "BASIC", TopicStatus.IN_PROGRESS)));

        assertThat(summary.levels().getFirst()).isEqualTo(new LevelProgress("BASIC", 3, 1, 66.7));
        assertThat(summary.percent()).isEqualTo(66.7);
    }

    @Test
    void counts_total_and_done_per_level_with_every_known_level_listed_easiest_first() {
        ProgressSummary summary = ProgressSummary.of("backend", "Backend", List.of(
                topic("a", "ADVANCED", TopicStatus.DONE), topic("b", "BASIC", TopicStatus.DONE),
                topic("c", "BASIC", TopicStatus.IN_PROGRESS), topic("d", "BASIC", TopicStatus.NOT_STARTED)));

        assertThat(summary.levels()).containsExactly(
                new LevelProgress("BASIC", 3, 1, 33.3),
                new LevelProgress("INTERMEDIATE", 0, 0, 0.0),
                new LevelProgress("ADVANCED", 1, 1, 100.0));
    }

    @Test
    void lists_a_level_it_does_not_know_yet_after_the_known_ones() {
        ProgressSummary summary = ProgressSummary.of("backend", "Backend", List.of(
                topic("a", "EXPERT", TopicStatus.DONE), topic("b", "BASIC", TopicStatus.NOT_STARTED)));

        assertThat(summary.levels()).extracting(LevelProgress::level)
                .containsExactly("BASIC", "INTERMEDIATE", "ADVANCED", "EXPERT");
        assertThat(summary.levels().getLast()).isEqualTo(new LevelProgress("EXPERT", 1, 1, 100.0));
    }

    @Test
    void an_empty_roadmap_is_zero_percent() {
        ProgressSummary summary = ProgressSummary.of("empty", "Empty", List.of());
        assertThat(summary.total()).isZero();
        assertThat(summary.percent()).isZero();
        assertThat(summary.levels()).allSatisfy(level -> assertThat(level.percent()).isZero());
    }

    private static TopicProgress topic(String slug, TopicStatus status) {
        return topic(slug, "BASIC", status);
    }

    private static TopicProgress topic(String slug, String level, TopicStatus status) {
        return new TopicProgress(slug, slug, level, 1, status, status == TopicStatus.NOT_STARTED ? null
                : Instant.now());
    }
}
