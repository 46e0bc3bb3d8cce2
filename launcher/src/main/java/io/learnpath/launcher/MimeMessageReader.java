package io.learnpath.launcher;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a caught {@link MimeMessage} into a {@link CaughtMail}: what a developer needs to follow a mail (its text
 * part and the links in it), not the whole MIME tree. The HTML part is left out on purpose: showing it would mean
 * rendering markup from a mail inside the page.
 */
final class MimeMessageReader {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+");
    /** Punctuation that ends a sentence around a link rather than belonging to it ("see https://x/a."). */
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:!?)\\]]+$");

    private MimeMessageReader() {
    }

    static CaughtMail read(MimeMessage message) {
        try {
            // SMTP carries CRLF line ends; a reader of the JSON or the page expects plain newlines.
            String text = textPart(message).orElse("").replace("\r\n", "\n");
            return new CaughtMail(sentAt(message), addresses(message.getFrom()), recipients(message),
                    Optional.ofNullable(message.getSubject()).orElse(""), text, links(text),
                    message.getHeader("List-Unsubscribe", ", "));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Cannot read a caught mail: " + e.getMessage(), e);
        }
    }

    /** When GreenMail caught it: the order of the list, which a mail's own (second-precise) date cannot give. */
    static Instant caughtAt(MimeMessage message) {
        try {
            Date received = message.getReceivedDate();
            return received == null ? Instant.EPOCH : received.toInstant();
        } catch (MessagingException e) {
            return Instant.EPOCH;
        }
    }

    private static Instant sentAt(MimeMessage message) throws MessagingException {
        Date sent = message.getSentDate();
        return sent != null ? sent.toInstant() : caughtAt(message);
    }

    private static List<String> recipients(MimeMessage message) throws MessagingException {
        List<String> recipients = new ArrayList<>(listOf(message.getRecipients(Message.RecipientType.TO)));
        recipients.addAll(listOf(message.getRecipients(Message.RecipientType.CC)));
        return List.copyOf(recipients);
    }

    private static String addresses(Address[] addresses) {
        return String.join(", ", listOf(addresses));
    }

    private static List<String> listOf(Address[] addresses) {
        if (addresses == null) {
            return List.of();
        }
        List<String> list = new ArrayList<>();
        for (Address address : addresses) {
            list.add(address instanceof InternetAddress internet ? internet.getAddress() : address.toString());
        }
        return list;
    }

    /** The first text/plain part that is not an attachment, however deep in multipart/mixed or /alternative. */
    private static Optional<String> textPart(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return Optional.of(part.getContent().toString());
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                Optional<String> text = textPart(multipart.getBodyPart(i));
                if (text.isPresent()) {
                    return text;
                }
            }
        }
        return Optional.empty();
    }

    static List<String> links(String text) {
        List<String> links = new ArrayList<>();
        Matcher matcher = LINK.matcher(text);
        while (matcher.find()) {
            links.add(TRAILING_PUNCTUATION.matcher(matcher.group()).replaceFirst(""));
        }
        return List.copyOf(links);
    }
}
