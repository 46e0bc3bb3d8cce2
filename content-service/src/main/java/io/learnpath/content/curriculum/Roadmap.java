package io.learnpath.content.curriculum;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A roadmap, as written in {@code curriculum/roadmaps/<slug>.yaml}: its topics per level in learning order. A listed
 * topic brings its sub-topics along, so a roadmap names only the top of each branch.
 */
public record Roadmap(UUID id, String slug, String title, String description, Map<Level, List<String>> levels) {

    public Roadmap {
        Map<Level, List<String>> ordered = new EnumMap<>(Level.class);
        if (levels != null) {
            levels.forEach((level, topics) -> {
                if (level != null) {
                    ordered.put(level, Topic.copy(topics));
                }
            });
        }
        levels = Collections.unmodifiableMap(new LinkedHashMap<>(ordered));
    }

    /** The topics listed at the top of each level, in roadmap order. */
    public List<String> listedTopics() {
        return levels.values().stream().flatMap(List::stream).toList();
    }
}
