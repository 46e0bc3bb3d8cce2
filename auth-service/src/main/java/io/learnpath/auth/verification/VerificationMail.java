package io.learnpath.auth.verification;

import io.learnpath.auth.events.EmailVerificationRequested;
import io.learnpath.auth.links.LinkPurpose;
import io.learnpath.auth.links.SingleUseLinks;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Mails a verification link: a single-use link and the {@link EmailVerificationRequested} that carries it to the
 * mailer, written together in the caller's transaction. A request beyond the hourly limit of links mails nothing.
 */
@Component
public class VerificationMail {

    private final SingleUseLinks links;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VerificationMail(SingleUseLinks links, ApplicationEventPublisher events, Clock clock) {
        this.links = links;
        this.events = events;
        this.clock = clock;
    }

    /** @param email the address to prove: the account's own, or the new one it asked to change to */
    public void send(UUID accountId, String email, String displayName, VerificationReason reason) {
        links.issue(accountId, LinkPurpose.VERIFY_EMAIL, email).ifPresent(link -> events.publishEvent(
                new EmailVerificationRequested(UUID.randomUUID(), clock.instant().truncatedTo(ChronoUnit.MICROS),
                        accountId, email, displayName, link.url(), link.expiresAt(), reason.name())));
    }
}
