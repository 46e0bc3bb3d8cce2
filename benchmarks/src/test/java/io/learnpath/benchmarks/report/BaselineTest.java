package io.learnpath.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    private static final Baseline ACCEPTED = new Baseline("last week", Map.of(
            "db-read.gateway.throughput", new Baseline.Entry(0.60, Better.HIGHER),
            "db-read.gateway.p99", new Baseline.Entry(2.0, Better.LOWER)));

    @Test
    void aThroughputRatioMoreThanAFifthLowerIsARegression() {
        Comparison comparison = compare(ratio("db-read.gateway.throughput", 0.47, Better.HIGHER));

        assertThat(comparison.baseline()).isEqualTo(0.60);
        assertThat(comparison.worseBy()).isCloseTo(0.2167, org.assertj.core.data.Offset.offset(0.001));
        assertThat(comparison.regression()).isTrue();
    }

    @Test
    void aThroughputRatioLowerByAFifthOrLessIsNot() {
        assertThat(compare(ratio("db-read.gateway.throughput", 0.49, Better.HIGHER)).regression()).isFalse();
        assertThat(compare(ratio("db-read.gateway.throughput", 0.48, Better.HIGHER)).regression()).isFalse();
    }

    @Test
    void aLatencyRatioMoreThanAFifthHigherIsARegression() {
        assertThat(compare(ratio("db-read.gateway.p99", 2.5, Better.LOWER)).regression()).isTrue();
        assertThat(compare(ratio("db-read.gateway.p99", 2.39, Better.LOWER)).regression()).isFalse();
    }

    @Test
    void improvementsAreNeverRegressionsHoweverLarge() {
        Comparison faster = compare(ratio("db-read.gateway.throughput", 0.95, Better.HIGHER));
        Comparison lower = compare(ratio("db-read.gateway.p99", 1.0, Better.LOWER));

        assertThat(faster.regression()).isFalse();
        assertThat(faster.worseBy()).isNegative();
        assertThat(lower.regression()).isFalse();
        assertThat(lower.worseBy()).isEqualTo(-0.5);
    }

    @Test
    void theThresholdIsTheCallersToChoose() {
        Ratio tenPercentWorse = ratio("db-read.gateway.throughput", 0.54, Better.HIGHER);

        assertThat(ACCEPTED.compare(List.of(tenPercentWorse), 0.05).getFirst().regression()).isTrue();
        assertThat(ACCEPTED.compare(List.of(tenPercentWorse), 0.20).getFirst().regression()).isFalse();
    }

    @Test
    void aRatioWithoutABaselineIsNewAndNeverARegression() {
        Comparison comparison = compare(ratio("cached-read.gateway.throughput", 0.1, Better.HIGHER));

        assertThat(comparison.hasBaseline()).isFalse();
        assertThat(comparison.regression()).isFalse();
    }

    @Test
    void aRatioWhoseDirectionChangedHasNothingToBeComparedWith() {
        Comparison comparison = compare(ratio("db-read.gateway.p99", 9.0, Better.HIGHER));

        assertThat(comparison.hasBaseline()).isFalse();
        assertThat(comparison.regression()).isFalse();
    }

    @Test
    void aRatioThatCouldNotBeMeasuredIsARegressionAgainstAnAcceptedOne() {
        assertThat(compare(ratio("db-read.gateway.throughput", Double.NaN, Better.HIGHER)).regression()).isTrue();
    }

    @Test
    void acceptedRatiosThisRunDidNotMeasureAreNamed() {
        assertThat(ACCEPTED.notMeasured(List.of(ratio("db-read.gateway.p99", 2.0, Better.LOWER))))
                .containsExactly("db-read.gateway.throughput");
    }

    @Test
    void aCandidateWrittenOutReadsBackAsTheSameBaseline(@TempDir Path directory) throws Exception {
        Baseline candidate = Baseline.of(List.of(ratio("db-read.gateway.throughput", 0.6123, Better.HIGHER),
                ratio("db-read.gateway.p99", 1.5, Better.LOWER),
                ratio("cached-read.gateway.p99", Double.NaN, Better.LOWER)), "today");
        Path file = directory.resolve("baseline.json");
        Files.writeString(file, candidate.json());

        Baseline read = Baseline.read(file);

        assertThat(read.accepted()).isEqualTo("today");
        // Three decimals kept; a ratio that was not measured is no baseline for the next run.
        assertThat(read.ratios()).containsOnly(
                Map.entry("db-read.gateway.throughput", new Baseline.Entry(0.612, Better.HIGHER)),
                Map.entry("db-read.gateway.p99", new Baseline.Entry(1.5, Better.LOWER)));
    }

    @Test
    void noFileIsNoBaseline(@TempDir Path directory) {
        assertThat(Baseline.read(directory.resolve("missing.json")).ratios()).isEmpty();
    }

    @Test
    void anEntryWithoutItsDirectionIsRefusedByName() {
        assertThatThrownBy(() -> Baseline.parse("{\"ratios\": {\"db-read.gateway.p99\": {\"value\": 2}}}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("db-read.gateway.p99");
    }

    private static Comparison compare(Ratio ratio) {
        return ACCEPTED.compare(List.of(ratio), Baseline.DEFAULT_THRESHOLD).getFirst();
    }

    private static Ratio ratio(String name, double value, Better better) {
        return new Ratio(name, name, value, better, null);
    }
}
