package io.learnpath.notification.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.learnpath.platform.infrastructure.FreePorts;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A real SMTP server (GreenMail, in this JVM) that the service under test sends to, on a port of its own. Tests
 * read what it received, and stop and start it again on the same port to play a mail server that is down.
 */
public final class TestSmtpServer {

    private final int port;
    private GreenMail server;

    private TestSmtpServer(int port) {
        this.port = port;
    }

    static TestSmtpServer start() {
        TestSmtpServer smtp = new TestSmtpServer(FreePorts.any());
        smtp.up();
        return smtp;
    }

    public int port() {
        return port;
    }

    /** Starts again after {@link #down()}, on the same port, with an empty mailbox. */
    public synchronized void up() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    /** Stops the server: connections are refused until {@link #up()}. What it had received is gone. */
    public synchronized void down() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Every mail received since the server last started, to {@code address}. */
    public synchronized List<MimeMessage> mailsTo(String address) {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages()).filter(mail -> isTo(mail, address)).toList();
    }

    private static boolean isTo(MimeMessage mail, String address) {
        try {
            Address[] to = mail.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The server for the whole test context, and the service's mail settings pointing at it. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class ForTheService {

        @Bean(destroyMethod = "down")
        TestSmtpServer testSmtpServer() {
            return TestSmtpServer.start();
        }

        @Bean
        DynamicPropertyRegistrar smtpProperties(TestSmtpServer smtp) {
            return registry -> {
                registry.add("spring.mail.host", () -> "127.0.0.1");
                registry.add("spring.mail.port", smtp::port);
            };
        }
    }
}
