package io.learnpath.content.curriculum;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.UUID;

/**
 * What changed in a roadmap from one version to the next, by topic id: topics that joined or left it, topics that
 * moved (another level, parent or position), and topics whose content changed in place.
 */
public record RoadmapChanges(int previousVersion, List<UUID> added, List<UUID> removed, List<UUID> moved,
        List<UUID> updated) {

    public RoadmapChanges {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        moved = List.copyOf(moved);
        updated = List.copyOf(updated);
    }

    @JsonIgnore // a question for code, not a field of the JSON
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && moved.isEmpty() && updated.isEmpty();
    }
}
