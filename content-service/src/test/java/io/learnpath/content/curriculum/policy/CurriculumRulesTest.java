package io.learnpath.content.curriculum.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.content.curriculum.Curriculum;
import io.learnpath.content.curriculum.ItemKind;
import io.learnpath.content.curriculum.Project;
import io.learnpath.content.curriculum.Question;
import io.learnpath.content.curriculum.Resource;
import io.learnpath.content.curriculum.ResourceType;
import io.learnpath.content.curriculum.Roadmap;
import io.learnpath.content.curriculum.SampleCurriculum;
import io.learnpath.content.curriculum.Topic;
import io.learnpath.content.curriculum.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Each rule of the curriculum, broken once on an otherwise valid curriculum. */
class CurriculumRulesTest {

    private static final Curriculum VALID = SampleCurriculum.curriculum();

    @Test
    void theSampleIsValid() {
        assertThat(CurriculumRules.check(VALID)).isEmpty();
    }

    @Test
    void duplicateSlugsAreNamed() {
        Topic http = VALID.topic("http").orElseThrow();
        Topic copy = new Topic(java.util.UUID.randomUUID(), "http", "HTTP again", http.summary(), 1,
                List.of(), List.of(), http.resources(), http.questions(), http.body());

        assertThat(violations(withTopics(topics -> add(topics, copy))))
                .contains(new Violation(ItemKind.TOPIC, "http", "slug", "is used by more than one topic"));
    }

    @Test
    void aPrerequisiteCycleIsNamedInOrder() {
        Curriculum cyclic = withTopic("http", topic -> copy(topic, List.of("caching"), topic.subtopics()));

        assertThat(violations(cyclic)).containsExactlyInAnyOrder(
                new Violation(ItemKind.TOPIC, "http", "prerequisites", "form a cycle: http → caching → http"),
                new Violation(ItemKind.TOPIC, "caching", "prerequisites", "form a cycle: caching → http → caching"));
    }

    @Test
    void unknownTopicReferencesAreNamed() {
        Curriculum broken = withTopic("caching", topic -> copy(topic, List.of("http", "cdn"), topic.subtopics()));

        assertThat(violations(broken)).containsExactly(
                new Violation(ItemKind.TOPIC, "caching", "prerequisites[1]", "names an unknown topic 'cdn'"));
    }

    @Test
    void resourceUrlsMustBeAbsoluteWebUrls() {
        for (String url : List.of("/docs/http", "ftp://example.org/rfc", "mailto:someone@example.org", "https://",
                "not a url")) {
            Curriculum broken = withTopic("dns", topic -> withResource(topic,
                    new Resource("Somewhere", url, ResourceType.ARTICLE, true)));

            assertThat(violations(broken)).as(url).containsExactly(new Violation(ItemKind.TOPIC, "dns",
                    "resources[0].url", "must be an absolute http or https URL"));
        }
    }

    @Test
    void bodiesOverTheLimitAreRefused() {
        Curriculum broken = withTopic("dns", topic -> topic.withBody("x".repeat(CurriculumRules.MAX_BODY + 1)));

        assertThat(violations(broken)).containsExactly(new Violation(ItemKind.TOPIC, "dns", "body",
                "must be 400 to 20000 characters long (is 20001)"));
    }

    @Test
    void aQuestionNeedsExactlyOneRightAnswer() {
        Curriculum none = withTopic("dns", topic -> withChoices(topic, List.of(new Question.Choice("a", false),
                new Question.Choice("b", false))));
        Curriculum two = withTopic("dns", topic -> withChoices(topic, List.of(new Question.Choice("a", true),
                new Question.Choice("b", true))));

        assertThat(violations(none)).containsExactly(new Violation(ItemKind.TOPIC, "dns", "questions[0].choices",
                "must have exactly one right answer (has 0)"));
        assertThat(violations(two)).containsExactly(new Violation(ItemKind.TOPIC, "dns", "questions[0].choices",
                "must have exactly one right answer (has 2)"));
    }

    @Test
    void theMinimumsAreEnforced() {
        Topic dns = VALID.topic("dns").orElseThrow();
        Topic thin = new Topic(dns.id(), "dns", "DNS", dns.summary(), 0, dns.prerequisites(), List.of(),
                dns.resources().subList(0, 1), dns.questions().subList(0, 2), dns.body());

        assertThat(violations(withTopic("dns", topic -> thin))).extracting(Violation::field)
                .containsExactlyInAnyOrder("effortHours", "resources", "questions");
    }

    @Test
    void aTopicAppearsAtMostOncePerRoadmap() {
        Roadmap web = VALID.roadmap("web").orElseThrow();
        Roadmap twice = new Roadmap(web.id(), web.slug(), web.title(), web.description(), java.util.Map.of(
                io.learnpath.content.curriculum.Level.BASIC, List.of("http"),
                io.learnpath.content.curriculum.Level.ADVANCED, List.of("dns", "caching")));
        Curriculum broken = new Curriculum(List.of(twice), VALID.topics(), VALID.projects());

        assertThat(violations(broken)).containsExactly(new Violation(ItemKind.ROADMAP, "web", "levels.advanced",
                "contains topic 'dns' more than once (listed, or as a sub-topic of a listed topic)"));
    }

    @Test
    void subTopicsNestOneLevelOnly() {
        Curriculum deep = withTopic("dns", topic -> copy(topic, topic.prerequisites(), List.of("caching")));

        assertThat(violations(deep)).containsExactly(new Violation(ItemKind.TOPIC, "http", "subtopics",
                "lists 'dns', which has sub-topics of its own (only two levels of nesting)"));
    }

    @Test
    void projectsNeedDifficultyTopicsAndCriteria() {
        Project project = VALID.project("tiny-cache").orElseThrow();
        Project vague = new Project(project.id(), project.slug(), project.title(), project.summary(), null,
                List.of(), List.of("It works"), project.body());

        assertThat(violations(new Curriculum(VALID.roadmaps(), VALID.topics(), List.of(vague))))
                .extracting(Violation::field)
                .containsExactlyInAnyOrder("difficulty", "topics", "acceptanceCriteria");
    }

    private static List<Violation> violations(Curriculum curriculum) {
        return CurriculumRules.check(curriculum);
    }

    private static Curriculum withTopic(String slug, UnaryOperator<Topic> change) {
        return withTopics(topics -> topics.stream().map(t -> t.slug().equals(slug) ? change.apply(t) : t).toList());
    }

    private static Curriculum withTopics(UnaryOperator<List<Topic>> change) {
        return new Curriculum(VALID.roadmaps(), change.apply(VALID.topics()), VALID.projects());
    }

    private static List<Topic> add(List<Topic> topics, Topic topic) {
        List<Topic> more = new ArrayList<>(topics);
        more.add(topic);
        return more;
    }

    private static Topic copy(Topic t, List<String> prerequisites, List<String> subtopics) {
        return new Topic(t.id(), t.slug(), t.title(), t.summary(), t.effortHours(), prerequisites, subtopics,
                t.resources(), t.questions(), t.body());
    }

    private static Topic withResource(Topic t, Resource first) {
        List<Resource> resources = new ArrayList<>(t.resources());
        resources.set(0, first);
        return new Topic(t.id(), t.slug(), t.title(), t.summary(), t.effortHours(), t.prerequisites(),
                t.subtopics(), resources, t.questions(), t.body());
    }

    private static Topic withChoices(Topic t, List<Question.Choice> choices) {
        List<Question> questions = new ArrayList<>(t.questions());
        Question first = questions.getFirst();
        questions.set(0, new Question(first.id(), first.prompt(), choices, first.explanation()));
        return new Topic(t.id(), t.slug(), t.title(), t.summary(), t.effortHours(), t.prerequisites(),
                t.subtopics(), t.resources(), questions, t.body());
    }
}
