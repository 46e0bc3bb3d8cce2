package io.learnpath.content.curriculum;

import java.util.List;
import java.util.UUID;

/** A project idea, as written in {@code curriculum/projects/<slug>.md}; {@code topics} are the slugs it practises. */
public record Project(UUID id, String slug, String title, String summary, Difficulty difficulty, List<String> topics,
        List<String> acceptanceCriteria, String body) {

    public Project {
        topics = Topic.copy(topics);
        acceptanceCriteria = Topic.copy(acceptanceCriteria);
    }

    public Project withBody(String newBody) {
        return new Project(id, slug, title, summary, difficulty, topics, acceptanceCriteria, newBody);
    }
}
