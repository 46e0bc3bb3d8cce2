package io.learnpath.content.curriculum.policy;

import io.learnpath.content.curriculum.Curriculum;
import io.learnpath.content.curriculum.ItemKind;
import io.learnpath.content.curriculum.Placement;
import io.learnpath.content.curriculum.Project;
import io.learnpath.content.curriculum.Question;
import io.learnpath.content.curriculum.Resource;
import io.learnpath.content.curriculum.Roadmap;
import io.learnpath.content.curriculum.Topic;
import io.learnpath.content.curriculum.Violation;
import io.learnpath.platform.domain.Slug;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Every rule a curriculum must satisfy, whether it comes from the repository's files, an editor's draft or an
 * import: the minimums a learner can count on (two resources, three questions, an effort, a real body), the shape
 * of each field, and the rules across items (unique slugs and ids, known references, an acyclic prerequisite graph,
 * two levels of nesting, each topic at most once per roadmap). {@link #check} lists every violation at once.
 */
public final class CurriculumRules {

    public static final int MIN_RESOURCES = 2;
    public static final int MIN_QUESTIONS = 3;
    public static final int MAX_QUESTIONS = 12;
    public static final int MIN_CHOICES = 2;
    public static final int MAX_CHOICES = 6;
    public static final int MIN_BODY = 400;
    public static final int MAX_BODY = 20_000;
    public static final int MIN_SUMMARY = 20;
    public static final int MAX_SUMMARY = 300;
    public static final int MAX_TITLE = 200;
    public static final int MAX_DESCRIPTION = 2_000;
    public static final int MAX_EFFORT_HOURS = 200;
    public static final int MIN_ACCEPTANCE_CRITERIA = 3;

    private CurriculumRules() {
    }

    public static List<Violation> check(Curriculum curriculum) {
        Checker checker = new Checker(curriculum);
        checker.run();
        return List.copyOf(checker.violations);
    }

    private static final class Checker {

        private final Curriculum curriculum;
        private final Map<String, Topic> topics;
        private final List<Violation> violations = new ArrayList<>();

        Checker(Curriculum curriculum) {
            this.curriculum = curriculum;
            this.topics = curriculum.topicsBySlug();
        }

        void run() {
            unique(ItemKind.ROADMAP, curriculum.roadmaps(), Roadmap::slug, Roadmap::id);
            unique(ItemKind.TOPIC, curriculum.topics(), Topic::slug, Topic::id);
            unique(ItemKind.PROJECT, curriculum.projects(), Project::slug, Project::id);
            curriculum.topics().forEach(this::topic);
            curriculum.roadmaps().forEach(this::roadmap);
            curriculum.projects().forEach(this::project);
            nesting();
            prerequisiteCycles();
        }

        private <T> void unique(ItemKind kind, List<T> items, Function<T, String> slugOf, Function<T, UUID> idOf) {
            Map<String, Integer> slugs = new HashMap<>();
            Map<UUID, String> ids = new HashMap<>();
            for (T item : items) {
                String slug = slugOf.apply(item);
                if (!Slug.isValid(slug)) {
                    add(kind, slug, "slug", Slug.MESSAGE);
                } else if (slugs.merge(slug, 1, Integer::sum) == 2) {
                    add(kind, slug, "slug", "is used by more than one " + kind.noun());
                }
                UUID id = idOf.apply(item);
                if (id == null) {
                    add(kind, slug, "id", "is required (a UUID that never changes)");
                } else {
                    String other = ids.putIfAbsent(id, slug);
                    if (other != null) {
                        add(kind, slug, "id", "is also the id of " + kind.noun() + " '" + other + "'");
                    }
                }
            }
        }

        private void topic(Topic topic) {
            String slug = topic.slug();
            text(ItemKind.TOPIC, slug, "title", topic.title(), 1, MAX_TITLE);
            text(ItemKind.TOPIC, slug, "summary", topic.summary(), MIN_SUMMARY, MAX_SUMMARY);
            text(ItemKind.TOPIC, slug, "body", topic.body(), MIN_BODY, MAX_BODY);
            if (topic.effortHours() < 1 || topic.effortHours() > MAX_EFFORT_HOURS) {
                add(ItemKind.TOPIC, slug, "effortHours", "must be between 1 and " + MAX_EFFORT_HOURS + " hours");
            }
            references(ItemKind.TOPIC, slug, "prerequisites", topic.prerequisites());
            references(ItemKind.TOPIC, slug, "subtopics", topic.subtopics());
            if (topic.prerequisites().contains(slug)) {
                add(ItemKind.TOPIC, slug, "prerequisites", "must not contain the topic itself");
            }
            if (topic.subtopics().contains(slug)) {
                add(ItemKind.TOPIC, slug, "subtopics", "must not contain the topic itself");
            }
            if (topic.resources().size() < MIN_RESOURCES) {
                add(ItemKind.TOPIC, slug, "resources", "must list at least " + MIN_RESOURCES + " learning resources");
            }
            for (int i = 0; i < topic.resources().size(); i++) {
                resource(slug, "resources[" + i + "]", topic.resources().get(i));
            }
            questions(slug, topic.questions());
        }

        private void resource(String slug, String field, Resource resource) {
            if (resource == null) {
                add(ItemKind.TOPIC, slug, field, "must not be empty");
                return;
            }
            text(ItemKind.TOPIC, slug, field + ".title", resource.title(), 1, MAX_TITLE);
            if (!isWebUrl(resource.url())) {
                add(ItemKind.TOPIC, slug, field + ".url", "must be an absolute http or https URL");
            }
            if (resource.type() == null) {
                add(ItemKind.TOPIC, slug, field + ".type",
                        "must be one of official-docs, article, video, course, book, tool");
            }
            if (resource.free() == null) {
                add(ItemKind.TOPIC, slug, field + ".free", "must be true or false");
            }
        }

        private void questions(String slug, List<Question> questions) {
            if (questions.size() < MIN_QUESTIONS || questions.size() > MAX_QUESTIONS) {
                add(ItemKind.TOPIC, slug, "questions", "must hold " + MIN_QUESTIONS + " to " + MAX_QUESTIONS
                        + " self-check questions");
            }
            Set<String> ids = new HashSet<>();
            for (int i = 0; i < questions.size(); i++) {
                String field = "questions[" + i + "]";
                Question question = questions.get(i);
                if (question == null) {
                    add(ItemKind.TOPIC, slug, field, "must not be empty");
                    continue;
                }
                if (!Slug.isValid(question.id())) {
                    add(ItemKind.TOPIC, slug, field + ".id", Slug.MESSAGE);
                } else if (!ids.add(question.id())) {
                    add(ItemKind.TOPIC, slug, field + ".id", "is used by another question of this topic");
                }
                text(ItemKind.TOPIC, slug, field + ".prompt", question.prompt(), 1, 1_000);
                List<Question.Choice> choices = question.choices();
                if (choices.size() < MIN_CHOICES || choices.size() > MAX_CHOICES) {
                    add(ItemKind.TOPIC, slug, field + ".choices", "must hold " + MIN_CHOICES + " to " + MAX_CHOICES
                            + " choices");
                }
                long right = choices.stream().filter(choice -> choice != null && choice.isRight()).count();
                if (right != 1) {
                    add(ItemKind.TOPIC, slug, field + ".choices", "must have exactly one right answer (has " + right
                            + ")");
                }
                for (int c = 0; c < choices.size(); c++) {
                    Question.Choice choice = choices.get(c);
                    text(ItemKind.TOPIC, slug, field + ".choices[" + c + "].text", choice == null ? null
                            : choice.text(), 1, 500);
                }
                String explanation = question.explanation();
                text(ItemKind.TOPIC, slug, field + ".explanation", explanation, 1, 300);
                if (explanation != null && explanation.strip().contains("\n")) {
                    add(ItemKind.TOPIC, slug, field + ".explanation", "must be one line");
                }
            }
        }

        private void roadmap(Roadmap roadmap) {
            String slug = roadmap.slug();
            text(ItemKind.ROADMAP, slug, "title", roadmap.title(), 1, MAX_TITLE);
            text(ItemKind.ROADMAP, slug, "description", roadmap.description(), MIN_SUMMARY, MAX_DESCRIPTION);
            if (roadmap.listedTopics().isEmpty()) {
                add(ItemKind.ROADMAP, slug, "levels", "must list at least one topic");
            }
            roadmap.levels().forEach((level, listed) ->
                    references(ItemKind.ROADMAP, slug, "levels." + level.key(), listed));
            Set<String> seen = new HashSet<>();
            for (Placement placement : Placement.of(roadmap, topics)) {
                if (!seen.add(placement.slug())) {
                    add(ItemKind.ROADMAP, slug, "levels." + placement.level().key(), "contains topic '"
                            + placement.slug() + "' more than once (listed, or as a sub-topic of a listed topic)");
                }
            }
        }

        private void project(Project project) {
            String slug = project.slug();
            text(ItemKind.PROJECT, slug, "title", project.title(), 1, MAX_TITLE);
            text(ItemKind.PROJECT, slug, "summary", project.summary(), MIN_SUMMARY, MAX_SUMMARY);
            text(ItemKind.PROJECT, slug, "body", project.body(), MIN_BODY, MAX_BODY);
            if (project.difficulty() == null) {
                add(ItemKind.PROJECT, slug, "difficulty", "must be one of beginner, intermediate, advanced");
            }
            if (project.topics().isEmpty()) {
                add(ItemKind.PROJECT, slug, "topics", "must name at least one topic the project practises");
            }
            references(ItemKind.PROJECT, slug, "topics", project.topics());
            if (project.acceptanceCriteria().size() < MIN_ACCEPTANCE_CRITERIA) {
                add(ItemKind.PROJECT, slug, "acceptanceCriteria", "must list at least " + MIN_ACCEPTANCE_CRITERIA
                        + " criteria a learner can check");
            }
            for (int i = 0; i < project.acceptanceCriteria().size(); i++) {
                text(ItemKind.PROJECT, slug, "acceptanceCriteria[" + i + "]", project.acceptanceCriteria().get(i), 1,
                        500);
            }
        }

        /** Levels → topics → sub-topics, no deeper: a sub-topic has one parent and no sub-topics of its own. */
        private void nesting() {
            Map<String, String> parentOf = new HashMap<>();
            for (Topic topic : curriculum.topics()) {
                for (String child : topic.subtopics()) {
                    String other = parentOf.putIfAbsent(child, topic.slug());
                    if (other != null && !other.equals(topic.slug())) {
                        add(ItemKind.TOPIC, topic.slug(), "subtopics", "lists '" + child
                                + "', which is already a sub-topic of '" + other + "'");
                    }
                    Topic sub = topics.get(child);
                    if (sub != null && !sub.subtopics().isEmpty()) {
                        add(ItemKind.TOPIC, topic.slug(), "subtopics", "lists '" + child
                                + "', which has sub-topics of its own (only two levels of nesting)");
                    }
                }
            }
        }

        /** Depth-first search over prerequisite edges; each cycle is reported once per topic in it, in order. */
        private void prerequisiteCycles() {
            Set<String> done = new HashSet<>();
            Set<String> reported = new HashSet<>();
            for (Topic topic : curriculum.topics()) {
                visit(topic.slug(), new LinkedHashSet<>(), done, reported);
            }
        }

        private void visit(String slug, LinkedHashSet<String> path, Set<String> done, Set<String> reported) {
            if (done.contains(slug) || !topics.containsKey(slug)) {
                return;
            }
            if (path.contains(slug)) {
                List<String> cycle = new ArrayList<>();
                boolean inCycle = false;
                for (String step : path) {
                    inCycle |= step.equals(slug);
                    if (inCycle) {
                        cycle.add(step);
                    }
                }
                // Named on every topic of the cycle, starting from that topic, so each file involved says so.
                if (reported.add(String.join(",", cycle.stream().sorted().toList()))) {
                    for (int i = 0; i < cycle.size(); i++) {
                        List<String> rotated = new ArrayList<>(cycle.subList(i, cycle.size()));
                        rotated.addAll(cycle.subList(0, i));
                        rotated.add(cycle.get(i));
                        add(ItemKind.TOPIC, cycle.get(i), "prerequisites", "form a cycle: "
                                + String.join(" → ", rotated));
                    }
                }
                return;
            }
            path.add(slug);
            for (String prerequisite : topics.get(slug).prerequisites()) {
                visit(prerequisite, path, done, reported);
            }
            path.remove(slug);
            done.add(slug);
        }

        private void references(ItemKind kind, String slug, String field, List<String> referenced) {
            for (int i = 0; i < referenced.size(); i++) {
                String target = referenced.get(i);
                if (!topics.containsKey(target)) {
                    add(kind, slug, field + "[" + i + "]", "names an unknown topic '" + target + "'");
                }
            }
        }

        private void text(ItemKind kind, String slug, String field, String value, int min, int max) {
            int length = value == null ? 0 : value.strip().length();
            if (length == 0) {
                add(kind, slug, field, "must not be blank");
            } else if (length < min || length > max) {
                add(kind, slug, field, "must be " + min + " to " + max + " characters long (is " + length + ")");
            }
        }

        private void add(ItemKind kind, String slug, String field, String message) {
            violations.add(new Violation(kind, slug, field, message));
        }
    }

    static boolean isWebUrl(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
