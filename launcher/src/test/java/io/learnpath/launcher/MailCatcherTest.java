package io.learnpath.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.platform.infrastructure.FreePorts;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The local mail catcher: real SMTP in, the page and {@code ./learnpath mail} out. */
class MailCatcherTest {

    private final int smtpPort = FreePorts.any();
    private final int pagePort = FreePorts.any();
    private MailCatcher catcher;

    @BeforeEach
    void start() {
        catcher = MailCatcher.start(smtpPort, pagePort);
    }

    @AfterEach
    void stop() {
        catcher.close();
    }

    private void send(String to, String subject, String text) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(smtpPort));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress("learn@learnpath.local"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject);
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>" + text + "</p>", "text/html; charset=UTF-8");
        message.setContent(new MimeMultipart("alternative", plain, html));
        Transport.send(message);
    }

    @Test
    void mailSentOverSmtpIsReadBackByAddressWithItsTokenedLink() throws Exception {
        send("ada@example.com", "Confirm your address for Learnpath",
                "Hi Ada,\n\nhttp://localhost:8080/verify-email?token=abc123\n\nUnsubscribe: "
                        + "http://localhost:8080/api/notifications/unsubscribe?token=nope\n");
        send("bob@example.com", "Someone tried to sign up with your address", "No link here.");

        List<Mailbox.Mail> adas = new Mailbox(pagePort).mailsTo("ADA@example.com");

        assertThat(adas).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("Confirm your address for Learnpath");
            assertThat(mail.link()).isEqualTo("http://localhost:8080/verify-email?token=abc123");
            assertThat(mail.token()).isEqualTo("abc123");
        });
        assertThat(new Mailbox(pagePort).mailsTo(null)).hasSize(2);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        assertThat(new Mailbox(pagePort).print("bob@example.com", new PrintStream(printed, true,
                StandardCharsets.UTF_8))).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("to bob@example.com: Someone tried")
                .doesNotContain("token:");
    }

    @Test
    void thePageShowsWhatWasCaughtEscaped() throws Exception {
        send("eve@example.com", "<script>alert(1)</script>", "Body <b>bold</b>");

        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + pagePort + "/")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        assertThat(page.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>")
                .contains("eve@example.com");
    }

    @Test
    void withNothingCaughtTheMailboxSaysSo() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        assertThat(new Mailbox(pagePort).print(null, new PrintStream(printed, true, StandardCharsets.UTF_8)))
                .isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("No mail yet.");
    }
}
