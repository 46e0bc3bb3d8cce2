package io.learnpath.content.curriculum.policy;

import io.learnpath.content.curriculum.RoadmapChanges;
import io.learnpath.content.curriculum.RoadmapTree;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Compares two versions of a roadmap by topic id, so a renamed topic is the same topic and only a topic that left
 * the roadmap counts as removed. Positions count across the whole roadmap, so inserting a topic moves every topic
 * after it; "moved" is therefore reported only for a change of level or parent, or for the fewest topics whose
 * reordering explains the new order of the topics both versions share (those outside the longest run that kept
 * its relative order).
 */
public final class RoadmapDiff {

    private RoadmapDiff() {
    }

    /**
     * @param before         the previous version, or null for a roadmap's first
     * @param after          the new version
     * @param updatedTopics  ids of topics whose content changed in this release (title, body, resources...)
     */
    public static RoadmapChanges between(RoadmapTree before, RoadmapTree after, Set<UUID> updatedTopics) {
        Map<UUID, RoadmapTree.Placed> old = byId(before == null ? List.of() : before.placements());
        Map<UUID, RoadmapTree.Placed> now = byId(after.placements());
        List<UUID> added = now.keySet().stream().filter(id -> !old.containsKey(id)).toList();
        List<UUID> removed = old.keySet().stream().filter(id -> !now.containsKey(id)).toList();
        List<UUID> sharedBefore = old.keySet().stream().filter(now::containsKey).toList();
        List<UUID> sharedAfter = now.keySet().stream().filter(old::containsKey).toList();
        Set<UUID> keptOrder = longestOrderedRun(sharedBefore, sharedAfter);
        List<UUID> moved = new ArrayList<>();
        for (UUID id : sharedAfter) {
            RoadmapTree.Placed was = old.get(id);
            RoadmapTree.Placed is = now.get(id);
            boolean reordered = !keptOrder.contains(id);
            if (was.level() != is.level() || !Objects.equals(was.parentId(), is.parentId()) || reordered) {
                moved.add(id);
            }
        }
        List<UUID> updated = sharedAfter.stream().filter(updatedTopics::contains).filter(id -> !moved.contains(id))
                .toList();
        return new RoadmapChanges(before == null ? 0 : before.version(), added, removed, moved, updated);
    }

    /** The longest subsequence of {@code after} that is in the same relative order in {@code before} (O(n²)). */
    static Set<UUID> longestOrderedRun(List<UUID> before, List<UUID> after) {
        int n = after.size();
        int[] rank = after.stream().mapToInt(before::indexOf).toArray();
        int[] length = new int[n];
        int[] previous = new int[n];
        int best = -1;
        for (int i = 0; i < n; i++) {
            length[i] = 1;
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (rank[j] < rank[i] && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }
            if (best < 0 || length[i] > length[best]) {
                best = i;
            }
        }
        Set<UUID> run = new HashSet<>();
        for (int i = best; i >= 0; i = previous[i]) {
            run.add(after.get(i));
        }
        return run;
    }

    private static Map<UUID, RoadmapTree.Placed> byId(List<RoadmapTree.Placed> placements) {
        Map<UUID, RoadmapTree.Placed> byId = new LinkedHashMap<>();
        placements.forEach(placed -> byId.put(placed.topic().id(), placed));
        return byId;
    }
}
