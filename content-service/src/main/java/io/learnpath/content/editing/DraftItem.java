package io.learnpath.content.editing;

import io.learnpath.content.curriculum.ItemKind;
import java.util.UUID;

/**
 * One roadmap, topic or project of the draft, with the revision an update must name in {@code If-Match}.
 *
 * @param item the {@code Roadmap}, {@code Topic} or {@code Project} record
 */
public record DraftItem(ItemKind kind, UUID id, String slug, int revision, Object item) {

    /** The ETag of this revision; an update must send it back in {@code If-Match}. */
    public String etag() {
        return "\"" + revision + "\"";
    }
}
