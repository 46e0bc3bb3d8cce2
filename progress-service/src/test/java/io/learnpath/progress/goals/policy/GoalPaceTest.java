package io.learnpath.progress.goals.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.progress.goals.GoalProgress;
import io.learnpath.progress.goals.GoalState;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GoalPaceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    @Test
    void the_needed_pace_is_rounded_up_so_the_learner_is_never_told_too_little() {
        // 10 topics over the 14 days from today to the day before the target, plus the target day: 15 days.
        GoalProgress progress = GoalPace.of(TODAY.plusDays(14), TODAY, 10, 0);

        assertThat(progress.daysLeft()).isEqualTo(14);
        assertThat(progress.topicsPerWeekNeeded()).isEqualTo(4.7); // 70 / 15 = 4.666...
        assertThat(progress.state()).isEqualTo(GoalState.BEHIND);
    }

    @Test
    void the_recent_pace_is_the_last_four_weeks_worth_of_one_week() {
        GoalProgress progress = GoalPace.of(TODAY.plusDays(27), TODAY, 8, 10);

        assertThat(progress.recentPacePerWeek()).isEqualTo(2.5);
        assertThat(progress.topicsPerWeekNeeded()).isEqualTo(2.0);
        assertThat(progress.state()).isEqualTo(GoalState.ON_TRACK);
    }

    @Test
    void a_goal_for_today_leaves_today() {
        GoalProgress progress = GoalPace.of(TODAY, TODAY, 2, 0);

        assertThat(progress.daysLeft()).isZero();
        assertThat(progress.topicsPerWeekNeeded()).isEqualTo(14.0);
        assertThat(progress.state()).isEqualTo(GoalState.BEHIND);
    }

    @Test
    void nothing_remaining_is_reached_whatever_the_date() {
        assertThat(GoalPace.of(TODAY.minusDays(3), TODAY, 0, 1).state()).isEqualTo(GoalState.REACHED);
        assertThat(GoalPace.of(TODAY.plusDays(30), TODAY, 0, 0).topicsPerWeekNeeded()).isZero();
    }

    @Test
    void past_the_date_with_topics_remaining_is_overdue_and_everything_is_due_now() {
        GoalProgress progress = GoalPace.of(TODAY.minusDays(1), TODAY, 5, 3);

        assertThat(progress.state()).isEqualTo(GoalState.OVERDUE);
        assertThat(progress.daysLeft()).isEqualTo(-1);
        assertThat(progress.topicsPerWeekNeeded()).isEqualTo(5.0);
    }

    @Test
    void on_track_compares_the_exact_paces_not_the_rounded_figures() {
        // Needed: 1 topic in 27 days = 0.26 a week (shown 0.3); recent: 1 in 28 days = 0.25 a week (shown 0.3).
        GoalProgress justBehind = GoalPace.of(TODAY.plusDays(26), TODAY, 1, 1);
        GoalProgress exactlyOnPace = GoalPace.of(TODAY.plusDays(27), TODAY, 1, 1);

        assertThat(justBehind.recentPacePerWeek()).isEqualTo(0.3);
        assertThat(justBehind.topicsPerWeekNeeded()).isEqualTo(0.3);
        assertThat(justBehind.state()).isEqualTo(GoalState.BEHIND);
        assertThat(exactlyOnPace.state()).isEqualTo(GoalState.ON_TRACK);
    }
}
