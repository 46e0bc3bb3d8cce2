package io.learnpath.progress.tracking;

import jakarta.validation.constraints.NotNull;

/** Body of {@code PUT .../topics/{topicSlug}}; an unknown status is answered with the allowed values. */
record StatusUpdateRequest(@NotNull TopicStatus status) {
}
