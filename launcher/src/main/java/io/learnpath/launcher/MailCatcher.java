package io.learnpath.launcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The local stack's SMTP server: GreenMail, a real SMTP server in the launcher's JVM, listening on localhost only.
 * It accepts every mail for any address without authentication and delivers it nowhere but its own memory, so
 * the notification-service sends real mail exactly as in production and nobody outside this machine ever gets
 * one. Caught mail lives as long as the stack: a restart starts with an empty mailbox.
 */
final class MailCatcher implements AutoCloseable {

    private final GreenMail greenMail;
    private final int smtpPort;

    private MailCatcher(GreenMail greenMail, int smtpPort) {
        this.greenMail = greenMail;
        this.smtpPort = smtpPort;
    }

    static MailCatcher start(int smtpPort) {
        GreenMail greenMail = new GreenMail(new ServerSetup(smtpPort, InetAddress.getLoopbackAddress().getHostAddress(),
                ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return new MailCatcher(greenMail, smtpPort);
    }

    int smtpPort() {
        return smtpPort;
    }

    /** The address the SMTP server listens on: the loopback one. */
    String smtpBindAddress() {
        return greenMail.getSmtp().getBindTo();
    }

    /** Every caught mail, to {@code address} only (any case) unless it is null, newest first. */
    List<CaughtMail> newestFirst(String address) {
        // GreenMail keeps a copy per recipient's mailbox, mailbox by mailbox: one entry per Message-ID, ordered by
        // when it was caught.
        Map<Object, MimeMessage> unique = new LinkedHashMap<>();
        Arrays.stream(greenMail.getReceivedMessages())
                .sorted(Comparator.comparing(MimeMessageReader::caughtAt).reversed())
                .forEach(message -> unique.putIfAbsent(identity(message), message));
        return unique.values().stream().map(MimeMessageReader::read)
                .filter(mail -> address == null || mail.isTo(address)).toList();
    }

    private static Object identity(MimeMessage message) {
        try {
            String id = message.getMessageID();
            return id != null ? id : message;
        } catch (MessagingException e) {
            return message;
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
