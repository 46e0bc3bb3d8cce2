package io.learnpath.notification.delivery;

import io.learnpath.notification.contacts.LearnerContact;
import io.learnpath.notification.contacts.LearnerContacts;
import io.learnpath.notification.email.EmailOutbox;
import io.learnpath.notification.email.EmailProperties;
import io.learnpath.notification.email.NewEmail;
import io.learnpath.notification.inbox.NotificationInbox;
import io.learnpath.notification.preferences.Channel;
import io.learnpath.notification.preferences.NotificationType;
import io.learnpath.notification.preferences.Preferences;
import io.learnpath.notification.unsubscribe.UnsubscribeLinks;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides by which channels a learner hears of something: the in-app inbox (and so the live
 * stream) and mail, each only when the learner's preferences let it, mail only to a known address, after their quiet
 * hours, with a one-click unsubscribe link. Account-security mail goes through {@link #sendAccountMail} instead:
 * always, at once, and to the address the event names.
 *
 * <p>Joins the caller's transaction (the event inbox's, or a reminder's), so what is queued commits with the record
 * that the occasion was handled.
 */
@Service
public class NoticeDelivery {

    private final NotificationInbox inbox;
    private final EmailOutbox outbox;
    private final Preferences preferences;
    private final LearnerContacts contacts;
    private final UnsubscribeLinks unsubscribeLinks;
    private final EmailProperties email;
    private final Clock clock;

    NoticeDelivery(NotificationInbox inbox, EmailOutbox outbox, Preferences preferences, LearnerContacts contacts,
            UnsubscribeLinks unsubscribeLinks, EmailProperties email, Clock clock) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.preferences = preferences;
        this.contacts = contacts;
        this.unsubscribeLinks = unsubscribeLinks;
        this.email = email;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void deliver(Notice notice) {
        UUID learner = notice.learnerId();
        if (notice.inApp() != null && preferences.wants(learner, notice.type(), Channel.IN_APP)) {
            inbox.deliver(notice.inApp());
        }
        if (notice.mail() != null && preferences.wants(learner, notice.type(), Channel.EMAIL)) {
            // No address yet (the learner's registration not read yet, or erased): nothing to send to.
            contacts.find(learner).ifPresent(contact -> mail(notice, contact));
        }
    }

    private void mail(Notice notice, LearnerContact contact) {
        Optional<String> unsubscribe = unsubscribeLinks.linkFor(contact.learnerId(), notice.type());
        Map<String, Object> model = model(notice.mail(), contact.displayName());
        model.put("unsubscribeUrl", unsubscribe.orElse(null));
        outbox.enqueue(new NewEmail(contact.learnerId(), notice.mail().template(), contact.email(), model,
                key(notice.mail().template(), notice.occasion(), contact.learnerId()), unsubscribe.orElse(null),
                preferences.releaseTime(contact.learnerId(), contact.timeZone(), clock.instant()), false));
    }

    /**
     * A mail about the account's security (a link to verify or reset, a change the owner must know of): sent
     * whatever the preferences and quiet hours, to the address the event names.
     *
     * @param occasion the event's id
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void sendAccountMail(UUID learnerId, String recipient, String displayName, MailContent mail,
            String occasion) {
        outbox.enqueue(new NewEmail(learnerId, mail.template(), recipient, model(mail, displayName),
                key(mail.template(), occasion, learnerId), null, clock.instant(), false));
    }

    /**
     * The farewell of a deleted account, to the address we last knew, queued as the rest is erased; its row erases
     * itself once the mail is sent or given up.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void sendFarewell(UUID learnerId, MailContent mail, String occasion) {
        contacts.find(learnerId).ifPresent(contact -> outbox.enqueue(new NewEmail(learnerId, mail.template(),
                contact.email(), model(mail, contact.displayName()), key(mail.template(), occasion, learnerId),
                null, clock.instant(), true)));
    }

    private Map<String, Object> model(MailContent mail, String displayName) {
        Map<String, Object> model = new HashMap<>(mail.model());
        model.put("name", displayName == null || displayName.isBlank() ? null : displayName);
        model.put("baseUrl", email.publicBaseUrl());
        return model;
    }

    private static String key(String template, String occasion, UUID learnerId) {
        return template + ":" + occasion + ":" + learnerId;
    }

    /** Whether the learner would get {@code type} by any channel: reminders skip the work when not. */
    @Transactional(readOnly = true)
    public boolean wantsAny(UUID learnerId, NotificationType type) {
        return preferences.wants(learnerId, type, Channel.IN_APP) || preferences.wants(learnerId, type, Channel.EMAIL);
    }
}
