package io.learnpath.progress.milestones.policy;

import java.util.List;

/** The streak lengths that are milestones, and which of them a run of days reaches. */
public final class StreakMilestones {

    public static final List<Integer> DAYS = List.of(7, 30, 100);

    private StreakMilestones() {
    }

    /** Every streak milestone a longest run of this many days has reached. */
    public static List<Integer> reached(int longestRun) {
        return DAYS.stream().filter(days -> longestRun >= days).toList();
    }
}
