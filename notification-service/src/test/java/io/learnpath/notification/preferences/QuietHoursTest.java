package io.learnpath.notification.preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final QuietHours overnight = new QuietHours(LocalTime.of(22, 0), LocalTime.of(7, 0));

    @Test
    void hoursThatCrossMidnightContainBothEnds() {
        assertThat(overnight.contains(LocalTime.of(22, 0))).isTrue();
        assertThat(overnight.contains(LocalTime.of(3, 0))).isTrue();
        assertThat(overnight.contains(LocalTime.of(7, 0))).as("the end is outside").isFalse();
        assertThat(overnight.contains(LocalTime.of(12, 0))).isFalse();
        QuietHours afternoon = new QuietHours(LocalTime.of(13, 0), LocalTime.of(15, 0));
        assertThat(afternoon.contains(LocalTime.of(14, 0))).isTrue();
        assertThat(afternoon.contains(LocalTime.of(16, 0))).isFalse();
    }

    @Test
    void somethingInsideIsReleasedWhenTheyEndInTheLearnersZone() {
        // 23:30 in Paris (UTC+2 in June): held until 07:00 Paris, 05:00 UTC the next day.
        assertThat(overnight.releaseTime(Instant.parse("2026-06-01T21:30:00Z"), PARIS))
                .isEqualTo(Instant.parse("2026-06-02T05:00:00Z"));
        // 03:00 in Paris: the same night's end.
        assertThat(overnight.releaseTime(Instant.parse("2026-06-02T01:00:00Z"), PARIS))
                .isEqualTo(Instant.parse("2026-06-02T05:00:00Z"));
        Instant noon = Instant.parse("2026-06-02T10:00:00Z");
        assertThat(overnight.releaseTime(noon, PARIS)).isEqualTo(noon);
    }

    @Test
    void quietHoursEndingInAClockChangeEndAfterIt() {
        // 29 March 2026: Paris skips 02:00-03:00. Quiet hours ending at 02:30 end at 03:00 local (01:00 UTC).
        QuietHours untilTheGap = new QuietHours(LocalTime.of(23, 0), LocalTime.of(2, 30));
        assertThat(untilTheGap.releaseTime(Instant.parse("2026-03-28T23:30:00Z"), PARIS))
                .isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
    }

    @Test
    void emptyQuietHoursAreRefused() {
        assertThatThrownBy(() -> new QuietHours(LocalTime.NOON, LocalTime.NOON))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
