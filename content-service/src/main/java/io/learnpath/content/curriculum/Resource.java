package io.learnpath.content.curriculum;

/** A pointer to learning material elsewhere, preferably a primary source (official docs, an RFC);
 * {@code free} is required, hence a {@code Boolean}: a file that forgets it is an error, not a free resource. */
public record Resource(String title, String url, ResourceType type, Boolean free) {
}
