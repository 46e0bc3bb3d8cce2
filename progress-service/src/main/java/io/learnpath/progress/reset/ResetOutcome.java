package io.learnpath.progress.reset;

import io.learnpath.progress.tracking.TopicStatus;
import java.time.Instant;
import java.util.List;

/**
 * The answer to a reset: the topics taken back to NOT_STARTED and those kept because another roadmap the learner
 * follows lists them. {@code resetAt} is null when nothing needed resetting (nothing was recorded or published).
 */
public record ResetOutcome(String roadmapSlug, Instant resetAt, List<String> resetTopics,
        List<KeptTopic> keptTopics) {

    /** A started topic the reset left alone, with its status and the followed roadmaps that also list it. */
    public record KeptTopic(String topicSlug, TopicStatus status, List<String> alsoIn) {
    }
}
