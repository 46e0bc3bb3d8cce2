package io.learnpath.progress.summary;

/** The summary's counts over the roadmap's topics at one level (BASIC, INTERMEDIATE, ADVANCED, or a newer one). */
public record LevelProgress(String level, int total, int done, double percent) {
}
