package io.learnpath.progress.summary.policy;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Share of a roadmap's topics that are done, in percent with one decimal. */
public final class PercentComplete {

    private PercentComplete() {
    }

    /** Rounded half up (2 of 3 is 66.7); 0 for a roadmap without topics rather than a division by zero. */
    public static double of(int done, int total) {
        if (total <= 0) {
            return 0.0;
        }
        // Decimal arithmetic: with doubles, a quotient ending in ...x5 can sit just below the half and round down.
        return BigDecimal.valueOf(done).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP)
                .doubleValue();
    }
}
