package io.learnpath.benchmarks.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.benchmarks.report.CaseResult;
import io.learnpath.benchmarks.report.Figure;
import io.learnpath.benchmarks.report.Limit;
import io.learnpath.benchmarks.report.Ratio;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** This JVM stands in for a component: its resident memory is real, which is all the case reads. */
class StartupAndMemoryTest {

    private final Map<String, Long> thisJvm = Map.of("gateway", ProcessHandle.current().pid());

    @Test
    void withoutALoadCaseTheFiguresUnderLoadAreNotMeasuredRatherThanMissing() {
        StartupAndMemory footprint = new StartupAndMemory(Duration.ofSeconds(25), "right after start", thisJvm);

        CaseResult result = footprint.result();

        assertThat(result.errors()).isEmpty();
        assertThat(result.ratios()).isEmpty();
        assertThat(result.limits()).extracting(Limit::name).containsExactly("startup-seconds");
        assertThat(result.figures()).extracting(Figure::name).containsExactly("startup-seconds", "rss.gateway.idle-mb");
        assertThat(result.markdown()).contains("| gateway |").contains("not measured")
                .contains("\nNo load case ran").doesNotContain("%n");
    }

    @Test
    void underALoadEachComponentGetsItsRatioAndItsLimit() throws Exception {
        StartupAndMemory footprint = new StartupAndMemory(Duration.ofSeconds(25), "right after start", thisJvm);

        footprint.underLoad().watch(() -> null);
        CaseResult result = footprint.result();

        assertThat(result.errors()).isEmpty();
        assertThat(result.ratios()).extracting(Ratio::name).containsExactly("rss.gateway.load-over-idle");
        assertThat(result.limits()).extracting(Limit::name).containsExactly("startup-seconds", "rss.gateway.load-mb");
        assertThat(result.ratios().getFirst().value()).isPositive();
    }
}
