package io.learnpath.progress.export;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the progress-service holds about one learner.
 *
 * @param sections by section name ({@code statuses}, {@code notes}, ...), in the sections' order, each a list of
 *                 flat rows
 */
public record LearnerExport(UUID learnerId, Instant exportedAt, Map<String, List<? extends Record>> sections) {
}
