package io.learnpath.progress.catalog.policy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Turns a publication's nesting around. The contract tells it from the parent's side (each topic lists its
 * sub-topics in this roadmap, so no field is ever null); the catalogue keeps it from the child's side, one parent
 * per topic and roadmap, which is what a reader of one topic needs.
 */
public final class TopicNesting {

    private TopicNesting() {
    }

    /**
     * @param subtopics each topic's sub-topics, by topic id
     * @return the parent of every topic listed as a sub-topic, by sub-topic id (a topic absent from it is at the
     *         top level); when a topic is listed under several parents, which {@link #unstorable} refuses, the first
     *         one met wins
     */
    public static Map<UUID, UUID> parents(Map<UUID, List<UUID>> subtopics) {
        Map<UUID, UUID> parents = new HashMap<>();
        subtopics.forEach((parent, children) -> {
            for (UUID child : children) {
                parents.putIfAbsent(child, parent);
            }
        });
        return parents;
    }

    /**
     * A topic under two parents (one parent column per topic and roadmap cannot hold that) or under itself is not
     * a transient failure: the caller refuses the publication.
     *
     * @return why the nesting cannot be stored ("nests topic ... under two parents"), or empty when it can
     */
    public static Optional<String> unstorable(Map<UUID, List<UUID>> subtopics) {
        Map<UUID, UUID> parents = new HashMap<>();
        for (Map.Entry<UUID, List<UUID>> entry : subtopics.entrySet()) {
            for (UUID child : entry.getValue()) {
                if (child.equals(entry.getKey())) {
                    return Optional.of("nests topic " + child + " under itself");
                }
                UUID other = parents.putIfAbsent(child, entry.getKey());
                if (other != null && !other.equals(entry.getKey())) {
                    return Optional.of("nests topic " + child + " under two parents");
                }
            }
        }
        return Optional.empty();
    }
}
