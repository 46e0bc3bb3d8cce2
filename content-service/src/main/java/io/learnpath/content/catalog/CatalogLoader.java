package io.learnpath.content.catalog;

import io.learnpath.content.catalog.CatalogViews.ProjectLink;
import io.learnpath.content.catalog.CatalogViews.ProjectPage;
import io.learnpath.content.catalog.CatalogViews.ProjectSummary;
import io.learnpath.content.catalog.CatalogViews.QuestionView;
import io.learnpath.content.catalog.CatalogViews.RoadmapPlacement;
import io.learnpath.content.catalog.CatalogViews.RoadmapSummary;
import io.learnpath.content.catalog.CatalogViews.TopicLink;
import io.learnpath.content.catalog.CatalogViews.TopicPage;
import io.learnpath.content.catalog.CatalogViews.VersionSummary;
import io.learnpath.content.curriculum.Difficulty;
import io.learnpath.content.curriculum.Placement;
import io.learnpath.content.curriculum.Project;
import io.learnpath.content.curriculum.Question;
import io.learnpath.content.curriculum.RoadmapTree;
import io.learnpath.content.curriculum.Topic;
import io.learnpath.platform.domain.NotFoundException;
import io.learnpath.platform.paging.Page;
import io.learnpath.platform.paging.PageQuery;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds each public read from the database, as JSON stamped with the release it came from. Each method runs in
 * one repeatable-read transaction, so the release number and the content belong to the same snapshot: that is
 * what lets {@link CatalogCache} refuse to store a read older than the latest publish.
 */
@Service
@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
class CatalogLoader {

    private final CatalogStore store;
    private final JsonMapper json;

    CatalogLoader(CatalogStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    CachedRead roadmaps(PageQuery query) {
        int release = store.currentRelease();
        Map<String, Topic> topics = outlines();
        List<RoadmapSummary> all = store.roadmaps().stream().map(live -> {
            RoadmapTree tree = RoadmapTree.of(live.roadmap(), topics, live.version(), live.updatedAt());
            return new RoadmapSummary(tree.id(), tree.slug(), tree.title(), tree.description(), tree.version(),
                    tree.topicCount(), tree.effortHours(), live.updatedAt());
        }).toList();
        List<RoadmapSummary> page = all.stream().skip(query.offset()).limit(query.size()).toList();
        return read(release, Page.of(page, query, all.size()));
    }

    CachedRead tree(String slug) {
        int release = store.currentRelease();
        CatalogStore.LiveRoadmap live = store.roadmap(slug).orElseThrow(() -> new NotFoundException("roadmap", slug));
        return read(release, RoadmapTree.of(live.roadmap(), outlines(), live.version(), live.updatedAt()));
    }

    CachedRead topic(String slug) {
        int release = store.currentRelease();
        Topic topic = store.topic(slug).orElseThrow(() -> new NotFoundException("topic", slug));
        Map<String, Topic> outlines = outlines();
        TopicLink parent = outlines.values().stream().filter(t -> t.subtopics().contains(slug)).findFirst()
                .map(CatalogLoader::link).orElse(null);
        List<RoadmapPlacement> roadmaps = store.roadmaps().stream()
                .flatMap(live -> Placement.of(live.roadmap(), outlines).stream()
                        .filter(placement -> placement.slug().equals(slug))
                        .map(placement -> new RoadmapPlacement(live.roadmap().slug(), live.roadmap().title(),
                                placement.level(), placement.parent())))
                .toList();
        List<ProjectLink> projects = store.projectsPractising(slug).stream()
                .map(project -> new ProjectLink(project.slug(), project.title(), project.difficulty())).toList();
        return read(release, new TopicPage(topic.id(), topic.slug(), topic.title(), topic.summary(),
                topic.effortHours(), topic.body(), parent, links(topic.prerequisites(), outlines),
                links(topic.subtopics(), outlines), topic.resources(),
                topic.questions().stream().map(CatalogLoader::withoutAnswer).toList(), roadmaps, projects));
    }

    CachedRead projects(Difficulty difficulty, String topic, PageQuery query) {
        int release = store.currentRelease();
        long total = store.countProjects(difficulty, topic);
        List<ProjectSummary> items = store.projects(difficulty, topic, query.offset(), query.size()).stream()
                .map(p -> new ProjectSummary(p.slug(), p.title(), p.summary(), p.difficulty(), p.topics()))
                .toList();
        return read(release, Page.of(items, query, total));
    }

    CachedRead project(String slug) {
        int release = store.currentRelease();
        Project project = store.project(slug).orElseThrow(() -> new NotFoundException("project", slug));
        return read(release, new ProjectPage(project.id(), project.slug(), project.title(), project.summary(),
                project.difficulty(), project.body(), project.acceptanceCriteria(),
                links(project.topics(), outlines())));
    }

    CachedRead versions(String slug) {
        int release = store.currentRelease();
        List<VersionSummary> versions = store.versions(slug).stream()
                .map(row -> new VersionSummary(row.version(), row.publishedAt(), row.release(), row.changes()))
                .toList();
        if (versions.isEmpty()) {
            throw new NotFoundException("roadmap", slug);
        }
        return read(release, versions);
    }

    CachedRead version(String slug, int version) {
        int release = store.currentRelease();
        return read(release, store.version(slug, version)
                .orElseThrow(() -> new NotFoundException("version of roadmap '" + slug + "'", version)));
    }

    /** The full topic with its answers, for checking one; never cached or sent whole. */
    Topic topicWithAnswers(String slug) {
        return store.topic(slug).orElseThrow(() -> new NotFoundException("topic", slug));
    }

    private Map<String, Topic> outlines() {
        return store.topicOutlines().stream().collect(Collectors.toMap(Topic::slug, Function.identity()));
    }

    private static List<TopicLink> links(List<String> slugs, Map<String, Topic> outlines) {
        return slugs.stream().map(outlines::get).filter(java.util.Objects::nonNull).map(CatalogLoader::link).toList();
    }

    private static TopicLink link(Topic topic) {
        return new TopicLink(topic.slug(), topic.title(), topic.summary(), topic.effortHours());
    }

    private static QuestionView withoutAnswer(Question question) {
        return new QuestionView(question.id(), question.prompt(), IntStream.range(0, question.choices().size())
                .mapToObj(i -> new CatalogViews.ChoiceView(Question.keyOf(i), question.choices().get(i).text()))
                .toList());
    }

    private CachedRead read(int release, Object body) {
        return CachedRead.of(release, json.writeValueAsString(body));
    }
}
