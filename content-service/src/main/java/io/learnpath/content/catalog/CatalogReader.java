package io.learnpath.content.catalog;

import io.learnpath.content.catalog.CatalogViews.AnswerCheck;
import io.learnpath.content.curriculum.Difficulty;
import io.learnpath.content.curriculum.Question;
import io.learnpath.content.curriculum.Topic;
import io.learnpath.platform.domain.InvalidInputException;
import io.learnpath.platform.domain.NotFoundException;
import io.learnpath.platform.paging.PageQuery;
import java.util.stream.IntStream;
import org.springframework.stereotype.Service;

/**
 * The public reads, each through {@link CatalogCache}: a hit costs one Redis GET and no JSON work, since entries
 * hold the response body as sent. Keys name the read and its parameters; a release clears them all.
 */
@Service
public class CatalogReader {

    private final CatalogCache cache;
    private final CatalogLoader loader;

    CatalogReader(CatalogCache cache, CatalogLoader loader) {
        this.cache = cache;
        this.loader = loader;
    }

    public CachedRead roadmaps(PageQuery query) {
        return cache.read("roadmaps:" + query.page() + ":" + query.size(), () -> loader.roadmaps(query));
    }

    public CachedRead tree(String slug) {
        return cache.read("tree:" + slug, () -> loader.tree(slug));
    }

    public CachedRead topic(String slug) {
        return cache.read("topic:" + slug, () -> loader.topic(slug));
    }

    public CachedRead projects(Difficulty difficulty, String topic, PageQuery query) {
        return cache.read("projects:" + (difficulty == null ? "" : difficulty.key()) + ":"
                + (topic == null ? "" : topic) + ":" + query.page() + ":" + query.size(),
                () -> loader.projects(difficulty, topic, query));
    }

    public CachedRead project(String slug) {
        return cache.read("project:" + slug, () -> loader.project(slug));
    }

    public CachedRead versions(String slug) {
        return cache.read("versions:" + slug, () -> loader.versions(slug));
    }

    public CachedRead version(String slug, int version) {
        return cache.read("version:" + slug + ":" + version, () -> loader.version(slug, version));
    }

    /** Checks one choice; the answer and its explanation are revealed only here. */
    public AnswerCheck check(String topicSlug, String questionId, String choice) {
        Topic topic = loader.topicWithAnswers(topicSlug);
        Question question = topic.questions().stream().filter(q -> q.id().equals(questionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("question of topic '" + topicSlug + "'", questionId));
        int chosen = choice.charAt(0) - 'a';
        if (choice.length() != 1 || chosen < 0 || chosen >= question.choices().size()) {
            throw new InvalidInputException("choice", "must be one of the question's choices, "
                    + Question.keyOf(0) + " to " + Question.keyOf(question.choices().size() - 1));
        }
        int right = IntStream.range(0, question.choices().size()).filter(i -> question.choices().get(i).isRight())
                .findFirst().orElseThrow();
        return new AnswerCheck(questionId, choice, chosen == right, Question.keyOf(right), question.explanation());
    }
}
