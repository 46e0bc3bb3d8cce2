package io.learnpath.notification.triggers.policy;

import io.learnpath.notification.inbox.NewNotification;
import io.learnpath.notification.inbox.NotificationKind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Rule: a learner who finishes a topic hears about it. Only a change to DONE counts; starting, skipping or
 * resetting a topic is not news. The wording names the topic so the notification reads well on its own.
 */
public class TopicCompletionPolicy {

    static final String DONE = "DONE";

    public Optional<NewNotification> notificationFor(TopicStatusChange change) {
        if (!DONE.equals(change.status())) {
            return Optional.empty();
        }
        String topic = topicName(change);
        String title = "You completed " + topic + "!";
        String body = "Nice work: " + topic + " is done" + roadmapPhrase(change)
                + ". Keep the momentum going with the next topic.";
        return Optional.of(new NewNotification(change.learnerId(), NotificationKind.TOPIC_COMPLETED, title, body,
                links(change), change.eventId()));
    }

    // The title is for people; fall back to the slug (and then a neutral word) rather than print "null".
    private static String topicName(TopicStatusChange change) {
        if (hasText(change.topicTitle())) {
            return "“" + change.topicTitle().strip() + "”";
        }
        return hasText(change.topicSlug()) ? "“" + change.topicSlug().strip() + "”" : "a topic";
    }

    private static String roadmapPhrase(TopicStatusChange change) {
        return hasText(change.roadmapSlug()) ? " on your " + change.roadmapSlug().strip() + " roadmap" : "";
    }

    // What a client needs to link the notification to the topic page; absent facts are left out, not nulled.
    private static Map<String, Object> links(TopicStatusChange change) {
        Map<String, Object> data = new LinkedHashMap<>();
        putIfPresent(data, "roadmapId", change.roadmapId());
        putIfPresent(data, "roadmapSlug", change.roadmapSlug());
        putIfPresent(data, "topicId", change.topicId());
        putIfPresent(data, "topicSlug", change.topicSlug());
        return data;
    }

    private static void putIfPresent(Map<String, Object> data, String key, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            data.put(key, value.toString());
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
