package io.learnpath.benchmarks.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NotificationSettingsTest {

    @Test
    void spreads_the_head_starts_evenly_from_none_to_just_under_the_spread() {
        NotificationSettings settings = settings(150, 45);

        List<Integer> headStarts = IntStream.range(0, 150).map(settings::headStart).boxed().toList();

        assertThat(headStarts.getFirst()).isZero();
        assertThat(headStarts.getLast()).isEqualTo(44);
        assertThat(headStarts).isSorted();
        // 150 learners over 45 head starts: three or four at each, never a crowd at one point of the roadmap.
        assertThat(IntStream.range(0, 45).map(start -> (int) headStarts.stream().filter(h -> h == start).count()))
                .allMatch(count -> count == 3 || count == 4);
    }

    @Test
    void learners_in_step_have_no_head_start() {
        NotificationSettings settings = settings(150, 0);

        assertThat(IntStream.range(0, 150).map(settings::headStart)).containsOnly(0);
    }

    @Test
    void refuses_a_negative_spread() {
        assertThatThrownBy(() -> settings(2, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("spread -1");
    }

    private static NotificationSettings settings(int learners, int spread) {
        return new NotificationSettings(learners, 100, Duration.ofSeconds(30), Duration.ofSeconds(300), List.of(100),
                spread);
    }
}
