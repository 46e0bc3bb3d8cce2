package io.learnpath.benchmarks.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.benchmarks.report.Better;
import io.learnpath.benchmarks.report.Ratio;
import org.junit.jupiter.api.Test;

class SubscribersTest {

    @Test
    void theInboxP99RatioIsJudgedByTheTargetOfOneAndAHalfTimes() {
        Ratio within = Subscribers.requestP99Ratio(1200, 1.5);
        Ratio over = Subscribers.requestP99Ratio(1200, 1.51);

        assertThat(within.name()).isEqualTo("notification.subscribers.inbox-p99");
        assertThat(within.label()).isEqualTo("inbox p99 with 1200 streams open ÷ with none");
        assertThat(within.better()).isEqualTo(Better.LOWER);
        assertThat(within.goal().metBy(within.value())).isTrue();
        assertThat(over.goal().metBy(over.value())).isFalse();
    }

    @Test
    void theProbeStaysFarBelowEachLearnersRateLimit() {
        // The gateway allows each learner 20 requests a second; the probe's learners share its pace.
        assertThat(Subscribers.PROBE_PER_SECOND / Subscribers.PROBE_LEARNERS).isLessThanOrEqualTo(5);
    }
}
