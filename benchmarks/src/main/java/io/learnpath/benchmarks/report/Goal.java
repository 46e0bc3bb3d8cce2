package io.learnpath.benchmarks.report;

/**
 * What a figure is judged against: a bound from the targets (docs/performance.md), reached from the better side.
 *
 * @param bound the least (for {@link Better#HIGHER}) or most (for {@link Better#LOWER}) the figure may be
 */
public record Goal(Better better, double bound) {

    public static Goal atLeast(double bound) {
        return new Goal(Better.HIGHER, bound);
    }

    public static Goal atMost(double bound) {
        return new Goal(Better.LOWER, bound);
    }

    public boolean metBy(double value) {
        return better == Better.HIGHER ? value >= bound : value <= bound;
    }

    /** "≥ 0.8 ×", "≤ 5 ms". */
    public String describe(String unit) {
        return (better == Better.HIGHER ? "≥ " : "≤ ") + Numbers.bound(bound) + " " + unit;
    }
}
