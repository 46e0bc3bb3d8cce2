package io.learnpath.launcher;

import java.util.List;

/**
 * A mail the local SMTP server caught, as the mail page shows it.
 *
 * @param receivedAt ISO-8601, when the server took it
 * @param text       the plain-text part (the HTML part says the same)
 * @param links      every http(s) link in the text, in order
 */
public record CaughtMail(String receivedAt, String to, String subject, String text, List<String> links) {
}
