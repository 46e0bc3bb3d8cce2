package io.learnpath.notification.live;

import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * What one instance tells all the others over Redis: a notification for a learner, or (with no notification) that
 * the learner's unread count changed. The notification travels as the JSON the client will see, so an instance
 * forwards it untouched, even one that predates a new field or kind during a rolling deployment. Either way the
 * unread count changed, and each instance holding the learner's streams reads it afresh and sends it.
 *
 * <p>{@code trace} carries the trace of the publishing instance (W3C {@code traceparent}), so each instance's push
 * to its streams joins the trace of the event that caused it; an instance that predates it ignores the field.
 */
record LiveMessage(UUID learnerId, UUID notificationId, JsonNode notification, Map<String, String> trace) {

    LiveMessage(UUID learnerId, UUID notificationId, JsonNode notification) {
        this(learnerId, notificationId, notification, null);
    }

    static LiveMessage unreadCountChanged(UUID learnerId) {
        return new LiveMessage(learnerId, null, null);
    }

    LiveMessage withTrace(Map<String, String> trace) {
        return new LiveMessage(learnerId, notificationId, notification, trace);
    }

    boolean carriesNotification() {
        return notificationId != null && notification != null;
    }
}
