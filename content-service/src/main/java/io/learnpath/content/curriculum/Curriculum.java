package io.learnpath.content.curriculum;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every roadmap, topic and project idea, as one value: what the files hold, what a draft holds, what is published. */
public record Curriculum(List<Roadmap> roadmaps, List<Topic> topics, List<Project> projects) {

    public Curriculum {
        roadmaps = sorted(roadmaps, Roadmap::slug);
        topics = sorted(topics, Topic::slug);
        projects = sorted(projects, Project::slug);
    }

    public Map<String, Topic> topicsBySlug() {
        return topics.stream().collect(Collectors.toMap(Topic::slug, Function.identity(), (a, b) -> a));
    }

    public Optional<Roadmap> roadmap(String slug) {
        return roadmaps.stream().filter(roadmap -> roadmap.slug().equals(slug)).findFirst();
    }

    public Optional<Topic> topic(String slug) {
        return topics.stream().filter(topic -> topic.slug().equals(slug)).findFirst();
    }

    public Optional<Project> project(String slug) {
        return projects.stream().filter(project -> project.slug().equals(slug)).findFirst();
    }

    /** Sorted by slug (nulls last) so that equal curricula compare equal whatever order they were read in. */
    private static <T> List<T> sorted(List<T> items, Function<T, String> slug) {
        return items == null ? List.of() : items.stream()
                .sorted(Comparator.comparing(slug, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
