package io.learnpath.progress.activity.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.learnpath.platform.domain.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarRangeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void without_bounds_it_is_the_365_days_up_to_today() {
        assertThat(CalendarRange.of(null, null, TODAY, 366))
                .isEqualTo(new CalendarRange(LocalDate.of(2025, 11, 29), TODAY));
    }

    @Test
    void one_bound_gives_the_year_on_its_side() {
        assertThat(CalendarRange.of(null, LocalDate.of(2026, 1, 31), TODAY, 366))
                .isEqualTo(new CalendarRange(LocalDate.of(2025, 2, 1), LocalDate.of(2026, 1, 31)));
        assertThat(CalendarRange.of(LocalDate.of(2026, 6, 1), null, TODAY, 366))
                .isEqualTo(new CalendarRange(LocalDate.of(2026, 6, 1), TODAY));
    }

    @Test
    void from_after_to_is_refused_naming_from() {
        assertThatThrownBy(() -> CalendarRange.of(TODAY, TODAY.minusDays(1), TODAY, 366))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("from");
    }

    @Test
    void a_range_longer_than_allowed_is_refused_naming_to() {
        assertThatThrownBy(() -> CalendarRange.of(TODAY.minusDays(366), TODAY, TODAY, 366))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("to");
        assertThat(CalendarRange.of(TODAY.minusDays(365), TODAY, TODAY, 366).to()).isEqualTo(TODAY);
    }

    @Test
    void a_bound_beyond_year_9999_or_before_year_1_is_refused_naming_it() {
        assertThatThrownBy(() -> CalendarRange.of(LocalDate.MAX, null, TODAY, 366))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("from");
        assertThatThrownBy(() -> CalendarRange.of(null, LocalDate.of(10_000, 1, 1), TODAY, 366))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("to");
        assertThatThrownBy(() -> CalendarRange.of(LocalDate.MIN, TODAY, TODAY, 366))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("from");
    }
}
