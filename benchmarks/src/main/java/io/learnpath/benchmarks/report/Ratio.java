package io.learnpath.benchmarks.report;

import java.util.Objects;

/**
 * A figure divided by its baseline from the same run (gateway by direct, say): what the targets are stated in, and
 * what is compared with the last accepted run, since a ratio holds across machines and machine noise far better
 * than either figure alone.
 *
 * @param name     stable, for report.json and baseline.json ({@code db-read.gateway.throughput})
 * @param label    for people
 * @param value    the ratio
 * @param better   which way it improves
 * @param goal     the target it is judged against, or null when it has none
 */
public record Ratio(String name, String label, double value, Better better, Goal goal) {

    public Ratio {
        Objects.requireNonNull(name);
        Objects.requireNonNull(label);
        Objects.requireNonNull(better);
        if (goal != null && goal.better() != better) {
            throw new IllegalArgumentException(name + ": a goal must point the way the ratio improves");
        }
    }

    /** Of two figures, as long as the baseline figure is positive; NaN otherwise. */
    public static double of(double figure, double baseline) {
        return baseline > 0 ? figure / baseline : Double.NaN;
    }
}
