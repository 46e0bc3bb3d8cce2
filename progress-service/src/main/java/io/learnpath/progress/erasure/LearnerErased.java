package io.learnpath.progress.erasure;

import java.util.UUID;

/**
 * Erase everything about this learner, now, in the current transaction. Published by {@link LearnerErasure} as an
 * application event and handled synchronously by each feature that holds learner data ({@code @EventListener}), so
 * the erasure knows none of them and a new feature with learner data only adds its listener.
 */
public record LearnerErased(UUID learnerId) {
}
