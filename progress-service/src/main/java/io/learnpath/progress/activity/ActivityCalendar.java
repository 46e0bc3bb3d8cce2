package io.learnpath.progress.activity;

import java.time.LocalDate;
import java.util.List;

/**
 * A heatmap's data: the learner's days from {@code from} to {@code to} (both included) that had learning activity,
 * oldest first. Days without any are left out; {@code total} sums the counts. {@code timeZone} is the learner's
 * present zone, which decided the default range; each activity keeps the day it was logged on.
 */
public record ActivityCalendar(LocalDate from, LocalDate to, String timeZone, int activeDays, int total,
        List<DayCount> days) {
}
