package io.learnpath.content.events;

import io.learnpath.platform.events.EventType;
import io.learnpath.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A version of a roadmap is live. Carries the whole topic list, so consumers can replace their read model of the
 * roadmap in one step without calling the content-service back, and what changed since the previous version (for
 * "new in your roadmap" notices). Keyed by the roadmap id. A topic may belong to several roadmaps: its id is the
 * same in each, and so is a learner's progress on it.
 */
@EventType("learnpath.content.roadmap-published.v1")
public record RoadmapPublished(UUID eventId, Instant occurredAt, UUID roadmapId, String slug, String title,
        int version, List<Topic> topics, Changes changes) implements IntegrationEvent {

    public RoadmapPublished {
        topics = List.copyOf(topics);
    }

    @Override
    public String subject() {
        return roadmapId.toString();
    }

    /**
     * A topic as consumers need it. {@code level} is BASIC, INTERMEDIATE or ADVANCED (BEGINNER in versions
     * announced before the curriculum moved to files, meaning BASIC); {@code subtopics} are the ids of the topics
     * nested under this one in this roadmap, in order (empty for a sub-topic; contracts carry no nulls, so the
     * nesting is told from the parent's side); {@code prerequisites} are topic ids, possibly outside this roadmap;
     * {@code questions} are the answer keys of the topic's self-check questions (empty in versions announced before
     * they were carried), for graders such as the progress-service: never show them to learners.
     */
    public record Topic(UUID topicId, String slug, String title, String level, int order, int effortHours,
            List<UUID> prerequisites, List<UUID> subtopics, List<QuestionKey> questions) {

        public Topic {
            prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
            subtopics = subtopics == null ? List.of() : List.copyOf(subtopics);
            questions = questions == null ? List.of() : List.copyOf(questions);
        }

        /** A topic without self-check questions. */
        public Topic(UUID topicId, String slug, String title, String level, int order, int effortHours,
                List<UUID> prerequisites, List<UUID> subtopics) {
            this(topicId, slug, title, level, order, effortHours, prerequisites, subtopics, List.of());
        }
    }

    /**
     * The answer key of one self-check question: its id (stable across versions, unique in the topic), how many
     * choices it offers (addressed {@code a}, {@code b}, {@code c}... by position) and the right one's key.
     */
    public record QuestionKey(String questionId, int choices, String correctChoice) {
    }

    /**
     * What changed since {@code previousVersion} (0 for a roadmap's first version), by topic id: joined the roadmap,
     * left it (retired or just no longer part of it), moved (level, parent or order), or content edited in place.
     */
    public record Changes(int previousVersion, List<UUID> added, List<UUID> removed, List<UUID> moved,
            List<UUID> updated) {

        public Changes {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
            moved = List.copyOf(moved);
            updated = List.copyOf(updated);
        }
    }
}
