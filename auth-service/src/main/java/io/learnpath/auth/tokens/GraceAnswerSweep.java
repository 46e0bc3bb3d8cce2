package io.learnpath.auth.tokens;

import java.time.Clock;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Clears the answers kept for the reuse grace once it is over, every grace period, so that a sealed copy of a live
 * token pair outlives its use by one grace period at most. (Presenting a rotated token after the grace clears its
 * answer too.) Harmless on several instances at once. Scheduled here rather than with {@code @Scheduled}, because
 * its period is the grace, and a grace of zero means there is nothing to sweep.
 */
@Component
class GraceAnswerSweep implements SchedulingConfigurer {

    private final RefreshTokenStore store;
    private final RefreshTokenReuseGrace grace;
    private final Clock clock;

    GraceAnswerSweep(RefreshTokenStore store, RefreshTokenReuseGrace grace, Clock clock) {
        this.store = store;
        this.grace = grace;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (grace.enabled()) {
            registrar.addFixedDelayTask(this::forgetExpiredAnswers, grace.duration());
        }
    }

    int forgetExpiredAnswers() {
        return store.forgetGraceAnswersRotatedBefore(clock.instant().minus(grace.duration()));
    }
}
