package io.learnpath.progress.tracking;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of {@code PUT /api/progress/roadmaps/{slug}/topics}: at most {@value #MAX_TOPICS} topics, which is more than
 * any roadmap's level holds and bounds the work one request can ask for.
 */
record BulkStatusUpdateRequest(@NotEmpty @Size(max = MAX_TOPICS) List<@NotNull @Valid TopicStatusItem> topics) {

    static final int MAX_TOPICS = 500;
}
