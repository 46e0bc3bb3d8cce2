package io.learnpath.notification.reminders;

import io.learnpath.notification.inbox.LearnerErasure;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the reminders and the digest learn from the progress-service's events: days of study with their streak,
 * topics finished and milestones reached per week. Nothing is kept of an erased learner. Joins the caller's
 * transaction (the event inbox's), so an event is counted exactly once.
 */
@Service
public class StudyLog {

    private final StudyStore store;
    private final LearnerErasure erasure;

    StudyLog(StudyStore store, LearnerErasure erasure) {
        this.store = store;
        this.erasure = erasure;
    }

    /** A day of study; only a later day replaces the one known (a redelivered older day changes nothing). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void studied(UUID learnerId, LocalDate day, int streak, String timeZone, Instant at) {
        if (!erasure.isErased(learnerId)) {
            store.studied(learnerId, day, streak, timeZone, at);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void topicDone(UUID learnerId, LocalDate day) {
        if (!erasure.isErased(learnerId)) {
            store.topicDone(learnerId, day);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void milestoneReached(UUID learnerId, LocalDate day) {
        if (!erasure.isErased(learnerId)) {
            store.milestoneReached(learnerId, day);
        }
    }

    /** Part of erasing a learner: the study log and the reminders sent. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void erase(UUID learnerId) {
        store.erase(learnerId);
    }
}
