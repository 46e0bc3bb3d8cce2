package io.learnpath.notification.email;

import io.learnpath.notification.inbox.LearnerErasure;
import io.learnpath.platform.paging.Page;
import io.learnpath.platform.paging.PageQuery;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues mail in the caller's transaction (the event inbox's, or a reminder's), so a mail is queued exactly when the
 * event or occasion that causes it is recorded as handled; {@link EmailDispatcher} sends it after commit. Rendering
 * happens here, once, so a template error fails the event (and is retried, then dead-lettered) instead of a mail
 * failing later where nobody looks.
 */
@Service
public class EmailOutbox {

    private final OutgoingEmails emails;
    private final EmailTemplates templates;
    private final LearnerErasure erasure;
    private final EmailMeters meters;
    private final Clock clock;

    EmailOutbox(OutgoingEmails emails, EmailTemplates templates, LearnerErasure erasure, EmailMeters meters,
            Clock clock) {
        this.emails = emails;
        this.templates = templates;
        this.erasure = erasure;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * @return false when the occasion already queued its mail, or the learner was erased (an event about them can
     *         arrive after their {@code UserDeleted}; the shared erasure lock keeps this check and an erasure apart)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(NewEmail email) {
        if (erasure.isErased(email.learnerId())) {
            return false;
        }
        boolean queued = emails.insert(email, templates.render(email.kind(), email.model()), clock.instant());
        if (queued) {
            meters.queued(email.kind());
        }
        return queued;
    }

    /** Part of erasing a learner; joins the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void eraseAllOf(UUID learnerId) {
        emails.eraseAllOf(learnerId);
    }

    /** The learner's mail, newest first: to whom, what, and how it went (never the bodies). */
    @Transactional(readOnly = true)
    public Page<EmailRecord> historyOf(UUID learnerId, PageQuery query) {
        long total = emails.countOf(learnerId);
        return Page.of(query.offset() >= total ? List.of()
                : emails.historyOf(learnerId, query.offset(), query.size()), query, total);
    }
}
