package io.learnpath.progress.streaks.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreakCalendarTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);

    @Test
    void no_activity_is_no_streak() {
        assertThat(StreakCalendar.of(List.of(), TODAY)).isEqualTo(new StreakCalendar.Streaks(0, 0, null));
    }

    @Test
    void a_run_ending_today_or_yesterday_is_alive() {
        List<LocalDate> endingToday = List.of(TODAY.minusDays(2), TODAY.minusDays(1), TODAY);
        List<LocalDate> endingYesterday = List.of(TODAY.minusDays(2), TODAY.minusDays(1));

        assertThat(StreakCalendar.of(endingToday, TODAY).current()).isEqualTo(3);
        assertThat(StreakCalendar.of(endingYesterday, TODAY).current()).isEqualTo(2);
    }

    @Test
    void a_day_without_activity_before_yesterday_breaks_the_current_streak_but_not_the_longest() {
        List<LocalDate> days = List.of(TODAY.minusDays(10), TODAY.minusDays(9), TODAY.minusDays(8),
                TODAY.minusDays(2));

        StreakCalendar.Streaks streaks = StreakCalendar.of(days, TODAY);

        assertThat(streaks.current()).isZero();
        assertThat(streaks.longest()).isEqualTo(3);
        assertThat(streaks.lastActiveDay()).isEqualTo(TODAY.minusDays(2));
    }

    @Test
    void the_days_around_a_daylight_saving_change_are_consecutive_dates_like_any_others() {
        // 29 March 2026 has 23 hours in Europe; days are dates, so it is one day between two others.
        List<LocalDate> days = List.of(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 29),
                LocalDate.of(2026, 3, 30));

        assertThat(StreakCalendar.of(days, LocalDate.of(2026, 3, 30)).current()).isEqualTo(3);
    }

    @Test
    void a_last_active_day_ahead_of_today_counts_as_today() {
        // Logged in a zone ahead of the learner's present one: it is not in the future for the streak.
        List<LocalDate> days = List.of(TODAY, TODAY.plusDays(1));

        assertThat(StreakCalendar.of(days, TODAY).current()).isEqualTo(2);
    }

    @Test
    void the_longest_run_is_found_wherever_it_lies() {
        List<LocalDate> days = List.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 3),
                LocalDate.of(2025, 1, 4), LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 2));

        assertThat(StreakCalendar.longest(days)).isEqualTo(4);
        assertThat(StreakCalendar.longest(List.of())).isZero();
    }
}
