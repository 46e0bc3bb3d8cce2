package io.learnpath.content.curriculum;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where a topic sits in one roadmap: its level, its parent (null at the top of a level) and its position, counted
 * from 1 across the whole roadmap in learning order. The layout of a roadmap is what its diff compares.
 */
public record Placement(String slug, Level level, String parent, int position) {

    /** Every topic of the roadmap in learning order: each listed topic, then its sub-topics. */
    public static List<Placement> of(Roadmap roadmap, Map<String, Topic> topics) {
        List<Placement> placements = new ArrayList<>();
        roadmap.levels().forEach((level, listed) -> {
            for (String slug : listed) {
                placements.add(new Placement(slug, level, null, placements.size() + 1));
                Topic topic = topics.get(slug);
                if (topic != null) {
                    for (String child : topic.subtopics()) {
                        placements.add(new Placement(child, level, slug, placements.size() + 1));
                    }
                }
            }
        });
        return List.copyOf(placements);
    }
}
