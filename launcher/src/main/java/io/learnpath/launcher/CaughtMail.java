package io.learnpath.launcher;

import java.time.Instant;
import java.util.List;

/**
 * One mail the local SMTP server caught, as the mail page answers it in JSON and {@link Mailbox} reads it back:
 * one record for both ends, so the page and {@code ./learnpath mail} cannot drift apart.
 *
 * @param sentAt the mail's own date (its {@code Date} header), or when it was caught if it has none
 * @param to the {@code To} and {@code Cc} addresses
 * @param text the text/plain part (empty for a mail without one), where account mails put their link alone on a
 *     line
 * @param links every http(s) link in the text part, in order
 * @param listUnsubscribe the {@code List-Unsubscribe} header, or null: mails a learner can unsubscribe from carry
 *     it, and a developer checking that wants to see it
 */
public record CaughtMail(Instant sentAt, String from, List<String> to, String subject, String text,
        List<String> links, String listUnsubscribe) {

    /** Whether it was addressed to {@code address} (any case). */
    boolean isTo(String address) {
        return to.stream().anyMatch(address::equalsIgnoreCase);
    }
}
