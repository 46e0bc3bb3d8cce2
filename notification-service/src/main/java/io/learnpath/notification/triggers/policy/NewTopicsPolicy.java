package io.learnpath.notification.triggers.policy;

import io.learnpath.notification.inbox.NewNotification;
import io.learnpath.notification.inbox.NotificationKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Rule: a new version of a roadmap that added topics is one notice per follower, naming the topics (the first
 * {@value #LISTED} in the roadmap's order, then how many more), not one notice per topic.
 */
public class NewTopicsPolicy {

    static final int LISTED = 5;

    /** @param added the added topics' titles and slugs, in roadmap order; never empty */
    public NewNotification notificationFor(UUID learnerId, UUID eventId, String roadmapSlug, String roadmapTitle,
            List<AddedTopic> added) {
        String title = added.size() == 1
                ? "New in " + roadmapTitle + ": " + added.getFirst().title()
                : added.size() + " new topics in " + roadmapTitle;
        List<String> titles = added.stream().limit(LISTED).map(AddedTopic::title).toList();
        String body = "Just added: " + String.join(", ", titles)
                + (added.size() > LISTED ? " and " + (added.size() - LISTED) + " more." : ".");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("roadmapSlug", roadmapSlug);
        data.put("topicSlugs", added.stream().map(AddedTopic::slug).toList());
        return new NewNotification(learnerId, NotificationKind.NEW_TOPICS, title, body, data, eventId);
    }

    /** A topic a version added to a roadmap. */
    public record AddedTopic(String slug, String title) {
    }
}
