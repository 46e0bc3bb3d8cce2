package io.learnpath.progress.activity;

import java.time.LocalDate;

/** How many learning activities a learner logged on one of their days. */
public record DayCount(LocalDate date, int count) {
}
