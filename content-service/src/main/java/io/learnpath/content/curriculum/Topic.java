package io.learnpath.content.curriculum;

import java.util.List;
import java.util.UUID;

/**
 * One topic of the curriculum, as written in {@code curriculum/topics/<slug>.md}: the front matter's fields and the
 * Markdown body. Topics refer to each other by slug (prerequisites, sub-topics); the id never changes, whatever
 * else does, because learners' progress is keyed by it.
 */
public record Topic(UUID id, String slug, String title, String summary, int effortHours, List<String> prerequisites,
        List<String> subtopics, List<Resource> resources, List<Question> questions, String body) {

    public Topic {
        prerequisites = copy(prerequisites);
        subtopics = copy(subtopics);
        resources = copy(resources);
        questions = copy(questions);
    }

    public Topic withBody(String newBody) {
        return new Topic(id, slug, title, summary, effortHours, prerequisites, subtopics, resources, questions,
                newBody);
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
