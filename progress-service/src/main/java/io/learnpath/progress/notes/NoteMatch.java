package io.learnpath.progress.notes;

import java.time.Instant;
import java.util.UUID;

/**
 * One of the learner's notes in a list or search result.
 *
 * @param snippet the start of the note, or for a search the passage around the words found, matches in
 *                {@code <mark>…</mark>}, as the content-service's search marks them
 */
public record NoteMatch(UUID topicId, String topicSlug, String topicTitle, String snippet, Instant updatedAt) {
}
