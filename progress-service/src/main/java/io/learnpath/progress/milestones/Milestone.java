package io.learnpath.progress.milestones;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A milestone a learner reached, flat so it is also a row of the export. {@code milestone} is its stable id, the
 * key that makes it reached once: {@code first-topic-done}, {@code streak-7}, {@code roadmap-<id>-percent-50},
 * {@code roadmap-<id>-level-basic}. The roadmap fields are null for a streak or the first topic; the roadmap is
 * named as it was when the milestone was reached.
 */
public record Milestone(String milestone, MilestoneKind kind, int threshold, String title, UUID roadmapId,
        String roadmapSlug, String roadmapTitle, String level, Instant reachedAt) {

    static Milestone firstTopicDone(Instant at) {
        return new Milestone("first-topic-done", MilestoneKind.FIRST_TOPIC_DONE, 1, "Your first topic is done",
                null, null, null, null, at);
    }

    static Milestone streak(int days, Instant at) {
        return new Milestone("streak-" + days, MilestoneKind.STREAK_DAYS, days,
                days + " days in a row of learning", null, null, null, null, at);
    }

    static Milestone roadmapPercent(int percent, UUID roadmapId, String slug, String title, Instant at) {
        String sentence = percent == 100 ? title + ": every topic finished" : title + ": " + percent + " % finished";
        return new Milestone("roadmap-" + roadmapId + "-percent-" + percent, MilestoneKind.ROADMAP_PERCENT, percent,
                sentence, roadmapId, slug, title, null, at);
    }

    static Milestone levelCompleted(String level, UUID roadmapId, String slug, String title, Instant at) {
        String name = level.toLowerCase(Locale.ROOT);
        return new Milestone("roadmap-" + roadmapId + "-level-" + name, MilestoneKind.LEVEL_COMPLETED, 100,
                title + ": " + name + " level completed", roadmapId, slug, title, level, at);
    }
}
