package io.learnpath.notification.inbox;

import io.learnpath.platform.transaction.AfterCommit;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases a learner whose account was deleted: deletes their notifications and records them as erased, so that
 * {@link NotificationInbox#deliver} drops whatever arrives for them later. Runs in the caller's transaction (the
 * event inbox's), which also records the event as processed; erasing twice deletes nothing the second time. Once
 * committed it announces {@link LearnerErased}, so their open streams end.
 *
 * <p>The notification table holds everything this service keeps about a learner: titles and bodies name topics and
 * roadmaps, the welcome the learner's display name. No email address is stored.
 */
@Service
public class LearnerErasure {

    private final ErasedLearnerStore erased;
    private final StoredNotifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LearnerErasure(ErasedLearnerStore erased, StoredNotifications notifications, ApplicationEventPublisher events,
            Clock clock) {
        this.erased = erased;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Whether the learner was erased, for a feature about to write about them. Holds off an erasure of the learner
     * until the caller's transaction ends, so what it writes is either erased with the rest or never written.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean isErased(UUID learnerId) {
        return erased.isErased(learnerId);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void erase(UUID learnerId) {
        erased.lockExclusively(learnerId);
        erased.add(learnerId, clock.instant());
        notifications.deleteAllOf(learnerId);
        AfterCommit.run(() -> events.publishEvent(new LearnerErased(learnerId)));
    }
}
