package io.learnpath.content.catalog;

import io.learnpath.content.curriculum.Difficulty;
import io.learnpath.content.curriculum.Level;
import io.learnpath.content.curriculum.Resource;
import io.learnpath.content.curriculum.RoadmapChanges;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The bodies of the public reads; records only, built by {@link CatalogLoader}. */
public final class CatalogViews {

    private CatalogViews() {
    }

    /** A roadmap in the list, without its topics. */
    public record RoadmapSummary(UUID id, String slug, String title, String description, int version,
            int topicCount, int effortHours, Instant updatedAt) {
    }

    /** A topic as linked from another: enough to show a link with a hint of what is behind it. */
    public record TopicLink(String slug, String title, String summary, int effortHours) {
    }

    /** A question without its answer: that comes only when a choice is checked. */
    public record QuestionView(String id, String prompt, List<ChoiceView> choices) {
    }

    public record ChoiceView(String key, String text) {
    }

    /** Where a topic sits in one roadmap that contains it. */
    public record RoadmapPlacement(String slug, String title, Level level, String parent) {
    }

    public record ProjectLink(String slug, String title, Difficulty difficulty) {
    }

    /** One topic's page: what to learn, where to learn it, how to check yourself and what to build. */
    public record TopicPage(UUID id, String slug, String title, String summary, int effortHours, String body,
            TopicLink parent, List<TopicLink> prerequisites, List<TopicLink> subtopics, List<Resource> resources,
            List<QuestionView> questions, List<RoadmapPlacement> roadmaps, List<ProjectLink> projects) {
    }

    public record ProjectSummary(String slug, String title, String summary, Difficulty difficulty,
            List<String> topics) {
    }

    public record ProjectPage(UUID id, String slug, String title, String summary, Difficulty difficulty,
            String body, List<String> acceptanceCriteria, List<TopicLink> topics) {
    }

    /** One entry of a roadmap's history. */
    public record VersionSummary(int version, Instant publishedAt, Integer release, RoadmapChanges changes) {
    }

    /** The result of checking one choice. */
    public record AnswerCheck(String questionId, String choice, boolean correct, String correctChoice,
            String explanation) {
    }
}
