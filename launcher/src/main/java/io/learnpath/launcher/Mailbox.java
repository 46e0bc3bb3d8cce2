package io.learnpath.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./learnpath mail [address]}: the mail the local stack's SMTP server caught (see {@link MailCatcher}), read
 * from its page. A developer's mailbox: this is how a person following the README gets at a mailed link.
 */
public final class Mailbox {

    private final int pagePort;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    /** @param pagePort the caught-mail page's port ({@link Ports#mailPage()}) */
    public Mailbox(int pagePort) {
        this.pagePort = pagePort;
    }

    /** Prints every mail so far (to {@code address} only, if given), oldest first; answers the exit code. */
    int print(String address, PrintStream out) {
        List<Mail> mails;
        try {
            mails = mailsTo(address);
        } catch (RuntimeException e) {
            System.err.println("Could not read the caught mail at http://localhost:" + pagePort
                    + " (is the stack up? ./learnpath up): " + e.getMessage());
            return 1;
        }
        for (Mail mail : mails) {
            out.printf("%s  to %s: %s%n", mail.sentAt(), mail.to(), mail.subject());
            if (mail.link() != null) {
                out.printf("    %s%n", mail.link());
                out.printf("    token: %s%n", mail.token());
            }
        }
        if (mails.isEmpty()) {
            out.println(address == null ? "No mail yet." : "No mail to " + address + " yet.");
        }
        return 0;
    }

    /** Every mail so far, to {@code address} only (any case) unless it is null, oldest first. */
    public List<Mail> mailsTo(String address) {
        String query = address == null ? "" : "?to=" + URLEncoder.encode(address, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + pagePort + "/mails" + query))
                .timeout(Duration.ofSeconds(10)).GET().build();
        JsonNode caught;
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the mail page answered " + response.statusCode());
            }
            caught = json.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        List<Mail> mails = new ArrayList<>();
        for (JsonNode mail : caught) {
            // The link a reader must open (verify, reset) is the one holding a single-use token.
            String link = mail.path("links").valueStream().map(JsonNode::asString)
                    .filter(candidate -> candidate.contains("token=") && !candidate.contains("/unsubscribe"))
                    .findFirst().orElse(null);
            mails.add(new Mail(mail.path("receivedAt").asString(), mail.path("to").asString(),
                    mail.path("subject").asString(), link,
                    link == null ? null : link.replaceFirst(".*[?&]token=", "").replaceFirst("&.*", "")));
        }
        return mails.reversed();
    }

    /** One caught mail; {@code link} and {@code token} are null for a mail without a tokened link. */
    public record Mail(String sentAt, String to, String subject, String link, String token) {
    }
}
