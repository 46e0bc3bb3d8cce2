package io.learnpath.benchmarks.report;

/**
 * A ratio of this run beside the same ratio in the last accepted run.
 *
 * @param baseline   the accepted value, or NaN when the baseline has none (a new ratio, or one whose direction
 *                   changed)
 * @param worseBy    how much worse this run is, as a fraction of the baseline (negative: better); NaN without one
 * @param regression worse by more than the threshold
 */
public record Comparison(Ratio ratio, double baseline, double worseBy, boolean regression) {

    public boolean hasBaseline() {
        return !Double.isNaN(baseline);
    }
}
