package io.learnpath.notification.triggers.policy;

import io.learnpath.notification.inbox.NewNotification;
import io.learnpath.notification.inbox.NotificationKind;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Rule: every milestone is news, told once (the progress-service publishes each milestone of a learner once, and
 * a redelivery carries the same event id). The title is the event's own sentence; the body says why it matters,
 * by kind, with a neutral line for kinds this service does not know yet.
 */
public class MilestonePolicy {

    public NewNotification notificationFor(ReachedMilestone milestone) {
        return new NewNotification(milestone.learnerId(), NotificationKind.MILESTONE_REACHED,
                hasText(milestone.title()) ? milestone.title() : "You reached a milestone", body(milestone),
                data(milestone), milestone.eventId());
    }

    private static String body(ReachedMilestone milestone) {
        String roadmap = hasText(milestone.roadmapTitle()) ? milestone.roadmapTitle() : "your roadmap";
        return switch (milestone.kind() == null ? "" : milestone.kind()) {
            case "FIRST_TOPIC_DONE" -> "Every roadmap starts with one topic, and yours is behind you. "
                    + "Pick the next while it is fresh.";
            case "LEVEL_COMPLETED" -> "You finished every topic of the "
                    + (hasText(milestone.level()) ? milestone.level().toLowerCase(Locale.ROOT) + " " : "")
                    + "level of " + roadmap + ". The next level builds on it.";
            case "ROADMAP_PERCENT" -> milestone.threshold() >= 100
                    ? "You finished every topic of " + roadmap + ". Congratulations!"
                    : milestone.threshold() + " % of " + roadmap + " is behind you. Keep going.";
            case "STREAK_DAYS" -> milestone.threshold() + " days in a row of learning. Come back tomorrow to keep "
                    + "the streak alive.";
            default -> "You reached a milestone on Learnpath.";
        };
    }

    // What a client needs to show a badge or link the roadmap; absent facts are left out, not nulled.
    private static Map<String, Object> data(ReachedMilestone milestone) {
        Map<String, Object> data = new LinkedHashMap<>();
        putIfPresent(data, "milestone", milestone.milestone());
        putIfPresent(data, "milestoneKind", milestone.kind());
        putIfPresent(data, "roadmapSlug", milestone.roadmapSlug());
        return data;
    }

    private static void putIfPresent(Map<String, Object> data, String key, String value) {
        if (hasText(value)) {
            data.put(key, value);
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
