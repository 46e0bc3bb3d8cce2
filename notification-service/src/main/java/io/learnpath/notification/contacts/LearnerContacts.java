package io.learnpath.notification.contacts;

import io.learnpath.notification.inbox.LearnerErasure;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The learner's address, name and time zone as the auth-service last announced them. Each part is replaced only by
 * a newer event than the one that set it, so a late or replayed older event never brings back an old address; and
 * nothing is kept of an erased learner, whose events can still arrive (replayed from a dead-letter topic). Writes
 * join the caller's transaction (the event inbox's).
 */
@Service
public class LearnerContacts {

    private final ContactStore store;
    private final LearnerErasure erasure;

    LearnerContacts(ContactStore store, LearnerErasure erasure) {
        this.store = store;
        this.erasure = erasure;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void registered(UUID learnerId, String email, String displayName, String timeZone, Instant at) {
        if (!erasure.isErased(learnerId)) {
            store.registered(learnerId, email, displayName, timeZone, at);
        }
    }

    /** The address changed; an account we never heard of is not created from half a contact. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void emailChanged(UUID learnerId, String email, Instant at) {
        store.emailChanged(learnerId, email, at);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void profileChanged(UUID learnerId, String displayName, String timeZone, Instant at) {
        store.profileChanged(learnerId, displayName, timeZone, at);
    }

    public Optional<LearnerContact> find(UUID learnerId) {
        return store.find(learnerId);
    }

    /** Where the learner's days begin and end; UTC for a learner we have not heard of. */
    public ZoneId zoneOf(UUID learnerId) {
        return store.find(learnerId).map(LearnerContact::timeZone).orElse(LearnerContact.UTC);
    }

    /** Part of erasing a learner. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void erase(UUID learnerId) {
        store.erase(learnerId);
    }
}
