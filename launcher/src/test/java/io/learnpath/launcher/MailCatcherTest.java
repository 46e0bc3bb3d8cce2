package io.learnpath.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import io.learnpath.platform.infrastructure.FreePorts;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local stack's mail catcher as the notification-service and a developer meet it: real mail sent over SMTP
 * with jakarta.mail (multipart/alternative, as the service sends it), read back through the page, its JSON and
 * {@code ./learnpath mail}.
 */
class MailCatcherTest {

    private static MailCatcher catcher;
    private static MailPage page;
    private static Session smtp;
    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void startTheCatcherAndItsPage() {
        catcher = MailCatcher.start(FreePorts.any());
        page = MailPage.start(FreePorts.any(), catcher);
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "localhost");
        properties.put("mail.smtp.port", Integer.toString(catcher.smtpPort()));
        smtp = Session.getInstance(properties);
    }

    @AfterAll
    static void stopThem() {
        page.close();
        catcher.close();
    }

    @Test
    void mailSentOverSmtpIsListedNewestFirstWithItsTextAndLinks() throws Exception {
        String grace = address("grace");
        send(grace, "Verify your address", """
                Welcome to Learnpath. Open this link to verify your address:

                http://localhost:8080/verify-email?token=first-token

                It works once, for 24 hours.""", Map.of());
        send(grace, "Your weekly summary", "You finished 3 topics. Unsubscribe: http://localhost:8080/u?token=u1.",
                Map.of("List-Unsubscribe", "<http://localhost:8080/u?token=u1>",
                        "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
        send(address("ada"), "Verify your address", "http://localhost:8080/verify-email?token=not-grace", Map.of());

        JsonNode mails = getJson("/mails?to=" + grace.toUpperCase()).path("mails");

        assertThat(mails).hasSize(2);
        assertThat(mails.get(0).path("subject").asString()).isEqualTo("Your weekly summary");
        assertThat(mails.get(0).path("links").get(0).asString()).as("the sentence's full stop is not the link's")
                .isEqualTo("http://localhost:8080/u?token=u1");
        assertThat(mails.get(0).path("listUnsubscribe").asString()).isEqualTo("<http://localhost:8080/u?token=u1>");
        JsonNode verification = mails.get(1);
        assertThat(verification.path("subject").asString()).isEqualTo("Verify your address");
        assertThat(verification.path("to").get(0).asString()).isEqualTo(grace);
        assertThat(verification.path("from").asString()).isEqualTo("no-reply@learnpath.local");
        assertThat(verification.path("sentAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        assertThat(verification.path("text").asString()).contains("Open this link").doesNotContain("<p>");
        assertThat(verification.path("links").get(0).asString())
                .isEqualTo("http://localhost:8080/verify-email?token=first-token");
        assertThat(verification.path("listUnsubscribe").isNull()).isTrue();
        assertThat(getJson("/mails").path("mails").size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void thePageShowsEveryMailEscapedAndSaysItIsADevelopmentToolWithoutAuthentication() throws Exception {
        String linus = address("linus");
        send(linus, "<script>alert('subject')</script> & more", "Hi <b>Linus</b>, say \"hi\"\n"
                + "http://localhost:8080/a?x=1&y=2", Map.of());

        HttpResponse<String> html = get("/?to=" + linus);

        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(html.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).startsWith("default-src 'none'"));
        assertThat(html.body())
                .contains("No authentication: it listens on localhost only")
                .contains("&lt;script&gt;alert(&#39;subject&#39;)&lt;/script&gt; &amp; more")
                .contains("Hi &lt;b&gt;Linus&lt;/b&gt;, say &quot;hi&quot;")
                .contains("<a href=\"http://localhost:8080/a?x=1&amp;y=2\">")
                .contains(linus)
                .doesNotContain("<script>").doesNotContain("<b>Linus");
        assertThat(get("/?to=" + address("nobody")).body()).contains("No mail to nobody.");
    }

    @Test
    void theMailboxPrintsEachMailWithItsTokenLinkAsTheReadmesAwkLinesExpect() throws Exception {
        String grace = address("grace");
        send(grace, "Verify your address", "Verify:\n\nhttp://localhost:8080/verify-email?token=v%2Bone\n", Map.of());
        send(grace, "Your password was changed", "If that was not you, reset it.", Map.of());
        send(grace, "Reset your password", "Reset:\n\nhttp://localhost:8080/reset-password?token=r-two\n\n"
                + "Unsubscribe: http://localhost:8080/u?token=not-this-one", Map.of());
        Mailbox mailbox = new Mailbox(page.address().getPort());

        List<Mailbox.Mail> mails = mailbox.mailsTo(grace);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exitCode = mailbox.print(grace, new PrintStream(printed, true, StandardCharsets.UTF_8));
        String output = printed.toString(StandardCharsets.UTF_8);

        assertThat(mails).extracting(Mailbox.Mail::subject).as("oldest first")
                .containsExactly("Verify your address", "Your password was changed", "Reset your password");
        assertThat(mails.getFirst().token()).as("decoded").isEqualTo("v+one");
        assertThat(mails.get(1).link()).isNull();
        assertThat(mails.get(2).link()).isEqualTo("http://localhost:8080/reset-password?token=r-two");
        assertThat(exitCode).isZero();
        assertThat(output.lines().toList()).hasSize(7);
        assertThat(output.lines().findFirst().orElseThrow()).matches(".+Z  to " + grace + ": Verify your address");
        assertThat(awk("/token:/ {t=$2} END {print t}", output)).isEqualTo("r-two");
        assertThat(awk("/reset-password/ {getline; t=$2} END {print t}", output)).isEqualTo("r-two");
        assertThat(awk("/verify-email/ {getline; t=$2} END {print t}", output)).isEqualTo("v+one");
    }

    @Test
    void theMailboxExitsWithOneAndPrintsNoMailWhenNoPageAnswers() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exitCode = new Mailbox(FreePorts.any()).print(null, new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(exitCode).isEqualTo(1);
        assertThat(printed.size()).isZero();
    }

    @Test
    void badRequestsAreAnsweredWithProblemDetails() throws Exception {
        HttpResponse<String> twice = get("/mails?to=a@example.com&to=b@example.com");
        HttpResponse<String> elsewhere = get("/inbox");
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(pageUri("/mails"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

        for (HttpResponse<String> response : List.of(twice, elsewhere, posted)) {
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(json.readTree(twice.body()).path("type").asString())
                .isEqualTo("https://learnpath.io/problems/validation");
        assertThat(json.readTree(twice.body()).path("errors").get(0).path("field").asString()).isEqualTo("to");
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(posted.statusCode()).isEqualTo(405);
        assertThat(posted.headers().firstValue("Allow")).hasValue("GET");
    }

    @Test
    void bothListenOnLocalhostOnlyAndThePageRefusesRequestsAddressedToAnotherHost() throws Exception {
        assertThat(InetAddress.getByName(catcher.smtpBindAddress()).isLoopbackAddress()).isTrue();
        assertThat(page.address().getAddress().isLoopbackAddress()).isTrue();

        // What a browser sends after a page rebound its own DNS name to 127.0.0.1 (HttpClient will not send it).
        String rebound = rawGet("/mails", "attacker.example:" + page.address().getPort());
        String local = rawGet("/mails", "localhost:" + page.address().getPort());

        assertThat(rebound).startsWith("HTTP/1.1 403").contains("https://learnpath.io/problems/forbidden");
        assertThat(local).startsWith("HTTP/1.1 200");
    }

    private static String address(String name) {
        return name + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /** A mail as the notification-service sends one: multipart/alternative, text first, then HTML. */
    private static void send(String to, String subject, String text, Map<String, String> headers)
            throws MessagingException {
        MimeMessage message = new MimeMessage(smtp);
        message.setFrom(new InternetAddress("no-reply@learnpath.local"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        headers.forEach((name, value) -> {
            try {
                message.setHeader(name, value);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        });
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>" + text.replace("\n", "<br>") + "</p>", "text/html; charset=UTF-8");
        message.setContent(new MimeMultipart("alternative", plain, html));
        Transport.send(message);
    }

    private static URI pageUri(String pathAndQuery) {
        return URI.create("http://localhost:" + page.address().getPort() + pathAndQuery);
    }

    private static HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(pageUri(pathAndQuery)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode getJson(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> response = get(pathAndQuery);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        return json.readTree(response.body());
    }

    private static String rawGet(String path, String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), page.address().getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The README's way of picking a token out of {@code ./learnpath mail}, run by awk itself. */
    private static String awk(String program, String input) throws IOException, InterruptedException {
        Process awk = new ProcessBuilder("awk", program).redirectErrorStream(true).start();
        try (OutputStream stdin = awk.getOutputStream()) {
            stdin.write(input.getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(awk.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(awk.waitFor()).as(output).isZero();
        return output;
    }
}
