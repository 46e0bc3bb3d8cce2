package io.learnpath.benchmarks.report;

import java.util.Locale;

/** How the report writes numbers: a few significant digits, never in the machine's locale. */
final class Numbers {

    private Numbers() {
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 100 ? "%.0f" : magnitude >= 10 ? "%.1f" : "%.2f";
        return String.format(Locale.ROOT, pattern, value);
    }

    /** A bound as people state it: "5", "0.8", "1.2", not "5.00". */
    static String bound(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
