package io.learnpath.notification.live;

import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * What one instance tells all the others over Redis: a notification for a learner. The notification travels as
 * the JSON the client will see, so an instance forwards it untouched, even one that predates a new field or kind
 * during a rolling deployment.
 */
record LiveMessage(UUID learnerId, UUID notificationId, JsonNode notification) {
}
