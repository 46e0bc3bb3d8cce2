package io.learnpath.content.publishing;

import java.util.Map;
import java.util.UUID;

/**
 * Who publishes, from where and why: an editor's publish of the draft, or the start-up import of changed files.
 *
 * @param removalReasons why each item that leaves the curriculum was removed, by id; an item removed without a
 *                       recorded reason gets {@code defaultRemovalReason}
 */
public record Publication(Source source, String publishedBy, String note, String filesHash,
        Map<UUID, String> removalReasons, String defaultRemovalReason) {

    public Publication {
        removalReasons = Map.copyOf(removalReasons);
    }

    public enum Source { FILES, EDITOR }
}
