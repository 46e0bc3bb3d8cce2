package io.learnpath.progress.tracking;

import jakarta.validation.constraints.NotNull;

/**
 * One topic of a bulk update: its slug on the roadmap of the request, and the status to set. A slug the roadmap
 * does not list, well-formed or not, is named in the update's 400 problem.
 */
public record TopicStatusItem(@NotNull String topicSlug, @NotNull TopicStatus status) {
}
