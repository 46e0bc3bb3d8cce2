package io.learnpath.progress.catalog;

/**
 * The answer key of one self-check question of a topic, from the roadmap's publication: its id, how many choices
 * it offers ({@code a}, {@code b}, {@code c}... by position) and the right one.
 */
public record AnswerKey(String questionId, int choices, String correctChoice) {
}
