package io.learnpath.benchmarks.report;

/** Which way a number improves: throughput ratios up, latency ratios and memory down. */
public enum Better {

    HIGHER, LOWER;

    /**
     * How much worse {@code value} is than {@code reference}, as a fraction of the reference: 0.25 is a quarter
     * worse, a negative number is better. A reference of zero or less cannot be compared with (NaN).
     */
    public double worseBy(double value, double reference) {
        if (!(reference > 0)) {
            return Double.NaN;
        }
        return this == HIGHER ? (reference - value) / reference : (value - reference) / reference;
    }

    /** As baseline.json writes it. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Better ofKey(String key) {
        return valueOf(key.strip().toUpperCase(java.util.Locale.ROOT));
    }
}
