package io.learnpath.content.editing;

import io.learnpath.content.curriculum.Curriculum;
import io.learnpath.content.curriculum.Project;
import io.learnpath.content.curriculum.Roadmap;
import io.learnpath.content.curriculum.RoadmapChanges;
import io.learnpath.content.curriculum.RoadmapTree;
import io.learnpath.content.curriculum.Topic;
import io.learnpath.content.curriculum.policy.RoadmapDiff;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Compares a draft with the published curriculum, item by item and roadmap by roadmap. */
final class DraftDiffs {

    private DraftDiffs() {
    }

    static DraftDiff between(Curriculum published, Curriculum draft) {
        Map<UUID, Topic> before = published.topics().stream().collect(Collectors.toMap(Topic::id, t -> t));
        Set<UUID> updated = draft.topics().stream()
                .filter(t -> before.containsKey(t.id()) && !before.get(t.id()).equals(t)).map(Topic::id)
                .collect(Collectors.toSet());
        Map<UUID, Roadmap> oldRoadmaps = published.roadmaps().stream().collect(Collectors.toMap(Roadmap::id, r -> r));
        List<DraftDiff.RoadmapDiffEntry> roadmaps = new ArrayList<>();
        for (Roadmap roadmap : draft.roadmaps()) {
            Roadmap old = oldRoadmaps.get(roadmap.id());
            RoadmapTree after = RoadmapTree.of(roadmap, draft.topicsBySlug(), 0, Instant.EPOCH);
            RoadmapTree was = old == null ? null : RoadmapTree.of(old, published.topicsBySlug(), 0, Instant.EPOCH);
            RoadmapChanges changes = RoadmapDiff.between(was, after, updated);
            String status = old == null ? "added" : changes.isEmpty() && old.equals(roadmap) ? "unchanged" : "changed";
            roadmaps.add(new DraftDiff.RoadmapDiffEntry(roadmap.slug(), status, changes));
        }
        Set<UUID> kept = draft.roadmaps().stream().map(Roadmap::id).collect(Collectors.toSet());
        published.roadmaps().stream().filter(r -> !kept.contains(r.id())).forEach(r -> roadmaps.add(
                new DraftDiff.RoadmapDiffEntry(r.slug(), "removed", new RoadmapChanges(0, List.of(), List.of(),
                        List.of(), List.of()))));
        DraftDiff.ItemChanges topics = items(published.topics(), draft.topics(), Topic::id, Topic::slug,
                DraftDiffs::topicFields);
        DraftDiff.ItemChanges projects = items(published.projects(), draft.projects(), Project::id, Project::slug,
                DraftDiffs::projectFields);
        boolean changed = roadmaps.stream().anyMatch(r -> !r.status().equals("unchanged"))
                || !topics.added().isEmpty() || !topics.removed().isEmpty() || !topics.changed().isEmpty()
                || !projects.added().isEmpty() || !projects.removed().isEmpty() || !projects.changed().isEmpty();
        return new DraftDiff(changed, roadmaps, topics, projects);
    }

    private static <T> DraftDiff.ItemChanges items(List<T> published, List<T> draft, Function<T, UUID> id,
            Function<T, String> slug, FieldComparison<T> fields) {
        Map<UUID, T> before = published.stream().collect(Collectors.toMap(id, t -> t));
        Set<UUID> now = draft.stream().map(id).collect(Collectors.toSet());
        List<String> added = draft.stream().filter(t -> !before.containsKey(id.apply(t))).map(slug).toList();
        List<String> removed = published.stream().filter(t -> !now.contains(id.apply(t))).map(slug).toList();
        List<DraftDiff.ChangedItem> changed = draft.stream()
                .filter(t -> before.containsKey(id.apply(t)) && !before.get(id.apply(t)).equals(t))
                .map(t -> {
                    T old = before.get(id.apply(t));
                    String previousSlug = slug.apply(old).equals(slug.apply(t)) ? null : slug.apply(old);
                    return new DraftDiff.ChangedItem(slug.apply(t), previousSlug, fields.changed(old, t));
                })
                .toList();
        return new DraftDiff.ItemChanges(added, removed, changed);
    }

    private interface FieldComparison<T> {
        List<String> changed(T before, T after);
    }

    private static List<String> topicFields(Topic a, Topic b) {
        List<String> fields = new ArrayList<>();
        add(fields, "slug", a.slug(), b.slug());
        add(fields, "title", a.title(), b.title());
        add(fields, "summary", a.summary(), b.summary());
        add(fields, "effortHours", a.effortHours(), b.effortHours());
        add(fields, "prerequisites", a.prerequisites(), b.prerequisites());
        add(fields, "subtopics", a.subtopics(), b.subtopics());
        add(fields, "resources", a.resources(), b.resources());
        add(fields, "questions", a.questions(), b.questions());
        add(fields, "body", a.body(), b.body());
        return fields;
    }

    private static List<String> projectFields(Project a, Project b) {
        List<String> fields = new ArrayList<>();
        add(fields, "slug", a.slug(), b.slug());
        add(fields, "title", a.title(), b.title());
        add(fields, "summary", a.summary(), b.summary());
        add(fields, "difficulty", a.difficulty(), b.difficulty());
        add(fields, "topics", a.topics(), b.topics());
        add(fields, "acceptanceCriteria", a.acceptanceCriteria(), b.acceptanceCriteria());
        add(fields, "body", a.body(), b.body());
        return fields;
    }

    private static void add(List<String> fields, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            fields.add(name);
        }
    }
}
