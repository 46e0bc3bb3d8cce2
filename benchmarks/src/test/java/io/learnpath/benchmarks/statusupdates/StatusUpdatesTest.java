package io.learnpath.benchmarks.statusupdates;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.benchmarks.report.CaseResult;
import io.learnpath.benchmarks.report.Figure;
import io.learnpath.benchmarks.report.Ratio;
import io.learnpath.benchmarks.statusupdates.StatusUpdates.Measured;
import io.learnpath.platform.test.benchmark.HttpLoad.Round;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusUpdatesTest {

    @Test
    void theGatewayIsDividedByDirectAndTheRelaysDrainRateIsReported() {
        CaseResult result = StatusUpdates.result(
                List.of(measured("gateway", 200, 40, 200, 100, 1000)),
                List.of(measured("direct", 400, 20, 400, 1000, 2000)), 100, 4);

        assertThat(result.ratios()).extracting(Ratio::name, Ratio::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("status-update.gateway.throughput", 0.5),
                org.assertj.core.groups.Tuple.tuple("status-update.gateway.p99", 2.0));
        // 100 events drained in 1 s and 1,000 in 2 s: 100 and 500 a second, 300 on average.
        assertThat(result.figures()).contains(new Figure("status-update.outbox.relayed-per-s", 300),
                new Figure("status-update.real-changes", 1.0));
        assertThat(result.errors()).isEmpty();
    }

    @Test
    void aFailedStatusUpdateIsAnError() {
        Measured failing = new Measured("gateway", new Round(200, 5, 40, 3), 200, 0, 80, Duration.ZERO);

        CaseResult result = StatusUpdates.result(List.of(failing),
                List.of(measured("direct", 400, 20, 400, 0, 0)), 100, 4);

        assertThat(result.errors()).containsExactly("status updates through gateway: 3 requests failed");
    }

    private static Measured measured(String route, double perSecond, double p99, double changes, long backlog,
            long drainedMillis) {
        return new Measured(route, new Round(perSecond, p99 / 4, p99, 0), changes, backlog, 90,
                Duration.ofMillis(drainedMillis));
    }
}
