package io.learnpath.content.curriculum;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One version of a roadmap as learners read it: levels → topics → sub-topics, each with its effort and
 * prerequisites (by slug), but without bodies, resources or questions, which a topic's own page carries.
 */
public record RoadmapTree(UUID id, String slug, String title, String description, int version,
        Instant publishedAt, int effortHours, int topicCount, List<LevelNode> levels) {

    public RoadmapTree {
        levels = List.copyOf(levels);
    }

    public record LevelNode(Level level, int effortHours, List<TopicNode> topics) {

        public LevelNode {
            topics = List.copyOf(topics);
        }
    }

    public record TopicNode(UUID id, String slug, String title, String summary, int effortHours,
            List<String> prerequisites, List<TopicNode> subtopics) {

        public TopicNode {
            prerequisites = List.copyOf(prerequisites);
            subtopics = List.copyOf(subtopics);
        }
    }

    /** The tree of {@code roadmap} over {@code topics} (by slug), stamped with a version and when it was published. */
    public static RoadmapTree of(Roadmap roadmap, Map<String, Topic> topics, int version, Instant publishedAt) {
        List<LevelNode> levels = new ArrayList<>();
        roadmap.levels().forEach((level, listed) -> {
            List<TopicNode> nodes = listed.stream().map(slug -> node(topics.get(slug), topics)).toList();
            levels.add(new LevelNode(level, nodes.stream().mapToInt(RoadmapTree::effortOf).sum(), nodes));
        });
        int effort = levels.stream().mapToInt(LevelNode::effortHours).sum();
        int count = levels.stream().flatMap(level -> level.topics().stream())
                .mapToInt(topic -> 1 + topic.subtopics().size()).sum();
        return new RoadmapTree(roadmap.id(), roadmap.slug(), roadmap.title(), roadmap.description(), version,
                publishedAt, effort, count, levels);
    }

    private static TopicNode node(Topic topic, Map<String, Topic> topics) {
        List<TopicNode> children = topic.subtopics().stream().map(slug -> node(topics.get(slug), topics)).toList();
        return new TopicNode(topic.id(), topic.slug(), topic.title(), topic.summary(), topic.effortHours(),
                topic.prerequisites(), children);
    }

    /** A topic's own effort plus its sub-topics'. */
    private static int effortOf(TopicNode node) {
        return node.effortHours() + node.subtopics().stream().mapToInt(RoadmapTree::effortOf).sum();
    }

    /** Every topic in learning order with where it sits; what a diff between two versions compares. */
    public List<Placed> placements() {
        List<Placed> placed = new ArrayList<>();
        for (LevelNode level : levels) {
            for (TopicNode topic : level.topics()) {
                placed.add(new Placed(topic, level.level(), null, placed.size() + 1));
                for (TopicNode child : topic.subtopics()) {
                    placed.add(new Placed(child, level.level(), topic.id(), placed.size() + 1));
                }
            }
        }
        return List.copyOf(placed);
    }

    /** A topic of this tree with its level, its parent's id (null at the top of a level) and its position. */
    public record Placed(TopicNode topic, Level level, UUID parentId, int position) {
    }
}
