package io.learnpath.content.editing;

import io.learnpath.content.curriculum.RoadmapChanges;
import java.util.List;

/**
 * How the draft differs from what is published: what a publish would do. Roadmap changes are by topic id (as the
 * published event will carry them); items are named by slug, with the fields that changed.
 */
public record DraftDiff(boolean hasChanges, List<RoadmapDiffEntry> roadmaps, ItemChanges topics,
        ItemChanges projects) {

    public record RoadmapDiffEntry(String slug, String status, RoadmapChanges changes) {
    }

    public record ItemChanges(List<String> added, List<String> removed, List<ChangedItem> changed) {
    }

    public record ChangedItem(String slug, String previousSlug, List<String> fields) {
    }
}
