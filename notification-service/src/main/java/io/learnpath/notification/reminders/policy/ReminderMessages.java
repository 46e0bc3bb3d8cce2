package io.learnpath.notification.reminders.policy;

import io.learnpath.notification.inbox.NewNotification;
import io.learnpath.notification.inbox.NotificationKind;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * The words of each reminder in the inbox (mail has its own templates, fed the same facts). Each notification's
 * source id is derived from the learner and the occasion, so the inbox's one-per-source guard holds for reminders
 * too.
 */
public final class ReminderMessages {

    private ReminderMessages() {
    }

    public static NewNotification streak(UUID learnerId, String occasion, int streak) {
        return new NewNotification(learnerId, NotificationKind.STREAK_REMINDER,
                "Your " + days(streak) + " streak ends at midnight",
                "You learned something every day for " + days(streak) + ". One topic today keeps it going.",
                Map.of("streak", streak), sourceId(learnerId, occasion));
    }

    public static NewNotification nudge(UUID learnerId, String occasion, long idleDays) {
        return new NewNotification(learnerId, NotificationKind.INACTIVITY_NUDGE,
                "Pick up where you left off",
                "It has been " + days(idleDays) + " since you last learned something. Twenty minutes on your "
                        + "next topic is a good start.",
                Map.of("idleDays", idleDays), sourceId(learnerId, occasion));
    }

    public static NewNotification digest(UUID learnerId, String occasion, int topicsDone, int milestones,
            int streak) {
        return new NewNotification(learnerId, NotificationKind.WEEKLY_DIGEST, "Your week on Learnpath",
                "Last week: " + count(topicsDone, "topic") + " done, " + count(milestones, "milestone")
                        + ". Current streak: " + days(streak) + ".",
                Map.of("topicsDone", topicsDone, "milestones", milestones, "streak", streak),
                sourceId(learnerId, occasion));
    }

    static UUID sourceId(UUID learnerId, String occasion) {
        return UUID.nameUUIDFromBytes((learnerId + "|" + occasion).getBytes(StandardCharsets.UTF_8));
    }

    private static String days(long days) {
        return count(days, "day");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
