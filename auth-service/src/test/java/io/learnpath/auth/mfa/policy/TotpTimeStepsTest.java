package io.learnpath.auth.mfa.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TotpTimeStepsTest {

    private final TotpTimeSteps steps = TotpTimeSteps.STANDARD;

    @Test
    void aStepIsThirtySecondsSinceTheEpoch() {
        assertThat(steps.stepAt(Instant.ofEpochSecond(0))).isZero();
        assertThat(steps.stepAt(Instant.ofEpochSecond(29))).isZero();
        assertThat(steps.stepAt(Instant.ofEpochSecond(30))).isEqualTo(1);
        assertThat(steps.stepAt(Instant.ofEpochSecond(1_111_111_109))).isEqualTo(37_037_036);
        assertThat(steps.startOf(37_037_036)).isEqualTo(Instant.ofEpochSecond(1_111_111_080));
    }

    @Test
    void theCurrentStepComesFirstThenOneEitherSide() {
        Instant now = Instant.ofEpochSecond(3_000);

        assertThat(steps.acceptableAt(now, OptionalLong.empty())).containsExactly(100L, 99L, 101L);
    }

    @Test
    void noStepAtOrBeforeTheLastUsedOneIsAcceptable() {
        Instant now = Instant.ofEpochSecond(3_000);

        assertThat(steps.acceptableAt(now, OptionalLong.of(98))).containsExactly(100L, 99L, 101L);
        assertThat(steps.acceptableAt(now, OptionalLong.of(99))).containsExactly(100L, 101L);
        assertThat(steps.acceptableAt(now, OptionalLong.of(100))).containsExactly(101L);
        assertThat(steps.acceptableAt(now, OptionalLong.of(101))).isEmpty();
    }

    @Test
    void moreDriftWidensTheWindowAndNoneNarrowsItToTheCurrentStep() {
        Instant now = Instant.ofEpochSecond(3_000);

        assertThat(new TotpTimeSteps(Duration.ofSeconds(30), 2).acceptableAt(now, OptionalLong.empty()))
                .containsExactly(100L, 99L, 98L, 101L, 102L);
        assertThat(new TotpTimeSteps(Duration.ofSeconds(30), 0).acceptableAt(now, OptionalLong.empty()))
                .containsExactly(100L);
    }

    @Test
    void refusesSettingsThatMakeNoSense() {
        assertThatThrownBy(() -> new TotpTimeSteps(Duration.ZERO, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TotpTimeSteps(Duration.ofMillis(30_500), 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TotpTimeSteps(Duration.ofSeconds(30), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
