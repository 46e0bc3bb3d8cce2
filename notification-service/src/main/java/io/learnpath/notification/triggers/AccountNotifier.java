package io.learnpath.notification.triggers;

import io.learnpath.auth.events.AuthEvents;
import io.learnpath.auth.events.EmailChanged;
import io.learnpath.auth.events.EmailVerificationRequested;
import io.learnpath.auth.events.ExistingAccountSignUpAttempted;
import io.learnpath.auth.events.MfaDisabled;
import io.learnpath.auth.events.MfaEnabled;
import io.learnpath.auth.events.PasswordChanged;
import io.learnpath.auth.events.PasswordResetRequested;
import io.learnpath.auth.events.ProfileChanged;
import io.learnpath.auth.events.UserRegistered;
import io.learnpath.notification.contacts.LearnerContacts;
import io.learnpath.notification.delivery.MailContent;
import io.learnpath.notification.delivery.NoticeDelivery;
import io.learnpath.notification.inbox.NotificationInbox;
import io.learnpath.notification.triggers.policy.MailTimes;
import io.learnpath.notification.triggers.policy.NewAccount;
import io.learnpath.notification.triggers.policy.WelcomePolicy;
import io.learnpath.platform.events.MalformedEventException;
import io.learnpath.platform.messaging.EventHandlers;
import io.learnpath.platform.messaging.EventInbox;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The auth-service's events: keeps the learner's contact (address, name, zone) and sends the account mails, which
 * no preference switches off: links to verify an address or reset a password, and word of every change to the
 * account's security, so its owner notices one they did not make. A new account also gets its welcome in the inbox.
 *
 * <p>One listener for all of them, in the service's consumer group (two listeners of one group on a topic would
 * split its partitions); the events of one account come in order, keyed by its id.
 */
@Component
class AccountNotifier {

    static final String CONSUMER = "notification-account";

    private final EventInbox inbox;
    private final LearnerContacts contacts;
    private final NoticeDelivery delivery;
    private final NotificationInbox notifications;
    private final WelcomePolicy welcome = new WelcomePolicy();
    private final EventHandlers handlers;

    AccountNotifier(EventInbox inbox, LearnerContacts contacts, NoticeDelivery delivery,
            NotificationInbox notifications) {
        this.inbox = inbox;
        this.contacts = contacts;
        this.delivery = delivery;
        this.notifications = notifications;
        this.handlers = EventHandlers.on(UserRegistered.class, this::registered)
                .and(ProfileChanged.class, this::profileChanged)
                .and(EmailChanged.class, this::emailChanged)
                .and(EmailVerificationRequested.class, this::verificationRequested)
                .and(PasswordResetRequested.class, this::resetRequested)
                .and(ExistingAccountSignUpAttempted.class, this::signUpAttempted)
                .and(PasswordChanged.class, this::passwordChanged)
                .and(MfaEnabled.class, event -> mfaChanged(event.eventId(), event.userId(), event.email(),
                        event.displayName(), event.occurredAt(), "mfa-enabled"))
                .and(MfaDisabled.class, event -> mfaChanged(event.eventId(), event.userId(), event.email(),
                        event.displayName(), event.occurredAt(), "mfa-disabled"));
    }

    @KafkaListener(id = CONSUMER, idIsGroup = false, topics = AuthEvents.TOPIC)
    void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(CONSUMER, record, handlers);
    }

    private void registered(UserRegistered event) {
        require(event.eventId(), event.userId(), "UserRegistered");
        if (event.email() != null) {
            contacts.registered(event.userId(), event.email(), event.displayName(), event.timeZone(),
                    event.occurredAt());
        }
        notifications.deliver(welcome.notificationFor(new NewAccount(event.eventId(), event.userId(),
                event.displayName())));
    }

    private void profileChanged(ProfileChanged event) {
        require(event.eventId(), event.userId(), "ProfileChanged");
        contacts.profileChanged(event.userId(), event.displayName(), event.timeZone(), event.occurredAt());
    }

    private void emailChanged(EmailChanged event) {
        require(event.eventId(), event.userId(), "EmailChanged");
        requireAddress(event.previousEmail(), "EmailChanged");
        contacts.emailChanged(event.userId(), event.email(), event.occurredAt());
        // To the old address: if someone else made the change, that is where the owner still reads mail.
        accountMail(event.userId(), event.previousEmail(), null, "email-changed", event.eventId(),
                model("newEmail", event.email(), "at", when(event.userId(), event.occurredAt())));
    }

    private void verificationRequested(EmailVerificationRequested event) {
        require(event.eventId(), event.userId(), "EmailVerificationRequested");
        requireAddress(event.email(), "EmailVerificationRequested");
        requireLink(event.link(), "EmailVerificationRequested");
        accountMail(event.userId(), event.email(), event.displayName(), "verify-email", event.eventId(),
                model("link", event.link(), "expiresAt", when(event.userId(), event.expiresAt()),
                        "reason", event.reason() == null ? "SIGN_UP" : event.reason()));
    }

    private void resetRequested(PasswordResetRequested event) {
        require(event.eventId(), event.userId(), "PasswordResetRequested");
        requireAddress(event.email(), "PasswordResetRequested");
        requireLink(event.link(), "PasswordResetRequested");
        accountMail(event.userId(), event.email(), event.displayName(), "password-reset", event.eventId(),
                model("link", event.link(), "expiresAt", when(event.userId(), event.expiresAt())));
    }

    private void signUpAttempted(ExistingAccountSignUpAttempted event) {
        require(event.eventId(), event.userId(), "ExistingAccountSignUpAttempted");
        requireAddress(event.email(), "ExistingAccountSignUpAttempted");
        accountMail(event.userId(), event.email(), event.displayName(), "sign-up-attempt", event.eventId(),
                model("at", when(event.userId(), event.occurredAt())));
    }

    private void passwordChanged(PasswordChanged event) {
        require(event.eventId(), event.userId(), "PasswordChanged");
        requireAddress(event.email(), "PasswordChanged");
        accountMail(event.userId(), event.email(), event.displayName(), "password-changed", event.eventId(),
                model("reason", event.reason() == null ? "CHANGED" : event.reason(),
                        "at", when(event.userId(), event.occurredAt())));
    }

    private void mfaChanged(UUID eventId, UUID userId, String email, String displayName, Instant at,
            String template) {
        require(eventId, userId, template);
        requireAddress(email, template);
        accountMail(userId, email, displayName, template, eventId, model("at", when(userId, at)));
    }

    private void accountMail(UUID userId, String to, String displayName, String template, UUID eventId,
            Map<String, Object> model) {
        String name = displayName != null ? displayName
                : contacts.find(userId).map(contact -> contact.displayName()).orElse(null);
        delivery.sendAccountMail(userId, to, name, new MailContent(template, model),
                eventId.toString());
    }

    private String when(UUID userId, Instant instant) {
        return MailTimes.format(instant, contacts.zoneOf(userId));
    }

    // Without these the event can never become a mail or a contact; say so at once instead of retrying.
    private static void require(UUID eventId, UUID userId, String type) {
        if (eventId == null || userId == null) {
            throw new MalformedEventException(type + " without eventId or userId");
        }
    }

    private static void requireLink(String link, String type) {
        if (link == null || link.isBlank()) {
            throw new MalformedEventException(type + " without its link");
        }
    }

    /** Pairs of name and value; a value may be null (a template shows an absent fact its own way). */
    private static Map<String, Object> model(Object... namesAndValues) {
        Map<String, Object> model = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            model.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return model;
    }

    private static void requireAddress(String email, String type) {
        if (email == null || email.isBlank()) {
            throw new MalformedEventException(type + " without an address to write to");
        }
    }
}
