package io.learnpath.benchmarks.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.benchmarks.notifications.SlowSeconds.Sample;
import io.learnpath.benchmarks.notifications.SlowSeconds.Second;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlowSecondsTest {

    private static final long MS = 1_000_000;
    private static final long S = 1_000 * MS;

    @Test
    void onlyTheSecondsWithANoticeOverTheBoundAreListedWithTheirCountAndSlowest() {
        List<Sample> samples = List.of(
                new Sample(100 * MS, 20 * MS), new Sample(900 * MS, 30 * MS),
                new Sample(S + 10 * MS, 150 * MS), new Sample(S + 500 * MS, 420 * MS), new Sample(S + 600 * MS, MS),
                new Sample(2 * S, 100 * MS),
                new Sample(7 * S + 5 * MS, 101 * MS));

        List<Second> slow = SlowSeconds.over(samples, 100);

        assertThat(slow).containsExactly(new Second(1, 2, 3, 420.0), new Second(7, 1, 1, 101.0));
        assertThat(SlowSeconds.describe(slow, 8))
                .isEqualTo("2 of 8 seconds: 1 (2 of 3, slowest 420 ms), 7 (1 of 1, slowest 101 ms)");
    }

    @Test
    void aRunWithoutSlowNoticesSaysNone() {
        assertThat(SlowSeconds.describe(SlowSeconds.over(List.of(new Sample(0, 5 * MS)), 100), 30))
                .isEqualTo("none");
    }
}
