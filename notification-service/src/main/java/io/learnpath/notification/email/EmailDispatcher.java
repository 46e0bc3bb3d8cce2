package io.learnpath.notification.email;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.ReceiverContext;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends queued mail over SMTP. Every {@code poll-interval} it takes the due mails under a lease (several instances
 * share the queue without sending a mail twice), sends each, and records the attempt: sent, a retry after an
 * exponential back-off while the server is down or answers "try later" (4xx), or given up when the server refuses
 * for good (5xx, a bad address) or after {@code max-attempts}.
 *
 * <p>At least once, as SMTP allows: an instance that dies between the server's "250 OK" and recording it leaves
 * the mail to be sent again when its lease ends. Everything else sends it once.
 *
 * <p>Each try is a span in the trace the mail was queued in, so a learner's mail is found in the trace of the event
 * that caused it (minutes or hours later when it waited for quiet hours or a server that was down).
 */
@Component
class EmailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(EmailDispatcher.class);
    private static final int MAX_ERROR_LENGTH = 500;

    private final OutgoingEmails emails;
    private final JavaMailSender sender;
    private final EmailProperties properties;
    private final TransactionTemplate transactions;
    private final EmailMeters meters;
    private final Clock clock;
    private final ObservationRegistry observations;

    EmailDispatcher(OutgoingEmails emails, JavaMailSender sender, EmailProperties properties,
            TransactionTemplate transactions, EmailMeters meters, Clock clock, ObservationRegistry observations) {
        this.observations = observations;
        this.emails = emails;
        this.sender = sender;
        this.properties = properties;
        this.transactions = transactions;
        this.meters = meters;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${learnpath.notifications.email.poll-interval}")
    void sendDue() {
        List<OutgoingEmails.Claimed> due;
        do {
            Instant now = clock.instant();
            due = transactions.execute(status ->
                    emails.claimDue(now, now.plus(properties.lease()), properties.batchSize()));
            due.forEach(this::sendInItsTrace);
        } while (due.size() == properties.batchSize());
    }

    private void sendInItsTrace(OutgoingEmails.Claimed mail) {
        ReceiverContext<Map<String, String>> sending = new ReceiverContext<>((carrier, key) -> carrier.get(key),
                Kind.CONSUMER);
        sending.setCarrier(mail.traceParent() == null ? Map.of() : Map.of("traceparent", mail.traceParent()));
        sending.setRemoteServiceName("smtp");
        Observation.createNotStarted("learnpath.notifications.email.send", () -> sending, observations)
                .contextualName("email send").lowCardinalityKeyValue("kind", mail.kind())
                .observe(() -> send(mail));
    }

    private void send(OutgoingEmails.Claimed mail) {
        int attempt = mail.attempts() + 1;
        try {
            sender.send(message(mail));
            finish(mail, "SENT", attempt, null);
            meters.delivered(mail.kind());
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            String error = describe(e);
            if (isPermanent(e) || attempt >= properties.maxAttempts()) {
                log.warn("Giving up mail {} ({}) after {} attempt(s): {}", mail.id(), mail.kind(), attempt, error);
                finish(mail, "FAILED", attempt, error);
                meters.failed(mail.kind());
            } else {
                Instant now = clock.instant();
                transactions.executeWithoutResult(status ->
                        emails.retryLater(mail.id(), attempt, now, error, now.plus(backOff(attempt))));
                meters.retried(mail.kind());
                log.info("Mail {} ({}) will be retried: {}", mail.id(), mail.kind(), error);
            }
        }
    }

    private void finish(OutgoingEmails.Claimed mail, String status, int attempt, String error) {
        transactions.executeWithoutResult(tx -> {
            if (mail.eraseWhenFinal()) {
                emails.delete(mail.id());
            } else {
                emails.finish(mail.id(), status, attempt, clock.instant(), error);
            }
        });
    }

    private MimeMessage message(OutgoingEmails.Claimed mail) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(properties.from(), properties.fromName());
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        // The same id on every try lets a receiving system recognise a mail sent again after a lost "OK".
        message.setHeader("X-Learnpath-Mail-Id", mail.id().toString());
        if (mail.unsubscribeUrl() != null) {
            // RFC 8058: a mail client may offer "unsubscribe" and POST to the link without opening a page.
            message.setHeader("List-Unsubscribe", "<" + mail.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        return message;
    }

    /** Exponential: first-retry, then multiplier times longer each attempt, capped. */
    Duration backOff(int attempt) {
        double millis = properties.firstRetry().toMillis() * Math.pow(properties.multiplier(), attempt - 1);
        return Duration.ofMillis((long) Math.min(millis, properties.maxRetryInterval().toMillis()));
    }

    /** A refusal the server means for good (5xx, an address it does not take), or a mail that cannot be built. */
    static boolean isPermanent(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SMTPAddressFailedException) {
                return true;
            }
            if (cause instanceof SMTPSendFailedException failed) {
                return failed.getReturnCode() >= 500;
            }
            if (cause instanceof jakarta.mail.internet.AddressException
                    || cause instanceof org.springframework.mail.MailParseException
                    || cause instanceof org.springframework.mail.MailPreparationException) {
                return true;
            }
        }
        return false;
    }

    // The outcome kept per attempt: the error's kind and message, never a stack trace, and not unbounded.
    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = e.getClass().getSimpleName() + ": " + e.getMessage()
                + (root == e ? "" : " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")");
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }
}
