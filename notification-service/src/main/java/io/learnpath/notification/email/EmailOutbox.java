package io.learnpath.notification.email;

import io.learnpath.notification.inbox.LearnerErasure;
import io.learnpath.platform.paging.Page;
import io.learnpath.platform.paging.PageQuery;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.SenderContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues mail in the caller's transaction (the event inbox's, or a reminder's), so a mail is queued exactly when the
 * event or occasion that causes it is recorded as handled; {@link EmailDispatcher} sends it after commit. Rendering
 * happens here, once, so a template error fails the event (and is retried, then dead-lettered) instead of a mail
 * failing later where nobody looks. Each mail keeps the trace it was queued in ({@code trace_parent}), so its sending
 * joins the trace of the event that caused it.
 */
@Service
public class EmailOutbox {

    private final OutgoingEmails emails;
    private final EmailTemplates templates;
    private final LearnerErasure erasure;
    private final EmailMeters meters;
    private final Clock clock;
    private final ObservationRegistry observations;

    EmailOutbox(OutgoingEmails emails, EmailTemplates templates, LearnerErasure erasure, EmailMeters meters,
            Clock clock, ObservationRegistry observations) {
        this.observations = observations;
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
        Map<String, String> trace = new HashMap<>();
        SenderContext<Map<String, String>> queueing = new SenderContext<>(Map::put, Kind.PRODUCER);
        queueing.setCarrier(trace);
        queueing.setRemoteServiceName("mail queue");
        // The tracer writes this span's context into the carrier as the observation starts; it is stored with the mail.
        boolean queued = Observation.createNotStarted("learnpath.notifications.email.queue", () -> queueing,
                        observations)
                .contextualName("email queue").lowCardinalityKeyValue("kind", email.kind())
                .observe(() -> emails.insert(email, templates.render(email.kind(), email.model()), clock.instant(),
                        trace.get("traceparent")));
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
