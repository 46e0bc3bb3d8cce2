package io.learnpath.progress.erasure;

import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a learner whose account was deleted: records them as erased and has every feature delete what it holds
 * about them ({@link LearnerErased}), all in the caller's transaction, which also records the event as processed.
 * Erasing twice deletes nothing the second time.
 *
 * <p>Nothing is published about it: the learner's summaries are computed from the statuses, and nobody is left to
 * tell.
 */
@Service
class LearnerErasure {

    private final ErasedLearnerStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LearnerErasure(ErasedLearnerStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void erase(UUID learnerId) {
        store.lockExclusively(learnerId);
        store.add(learnerId, clock.instant());
        events.publishEvent(new LearnerErased(learnerId));
    }
}
