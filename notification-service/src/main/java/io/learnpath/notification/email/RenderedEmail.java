package io.learnpath.notification.email;

/** A mail as its templates made it: the subject, and the same message as plain text and as HTML. */
public record RenderedEmail(String subject, String text, String html) {
}
