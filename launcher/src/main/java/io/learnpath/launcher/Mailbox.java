package io.learnpath.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./learnpath mail [address]}: the mail the local stack's SMTP server caught (verification and reset links,
 * notices), read from the mail page's JSON ({@link MailPage}). It prints what the README's walkthrough picks
 * tokens out of with awk: a line per mail, and under a mail whose link carries a {@code token} parameter, that
 * link and {@code token: <value>}.
 */
public final class Mailbox {

    private final URI page;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    /** The mailbox of the stack whose mail page listens on {@code mailPagePort} ({@link Ports#mailPage()}). */
    public Mailbox(int mailPagePort) {
        this.page = URI.create("http://localhost:" + mailPagePort);
    }

    /** Prints every mail so far (to {@code address} only, if given), oldest first; answers the exit code. */
    int print(String address, PrintStream out) {
        List<Mail> mails;
        try {
            mails = mailsTo(address);
        } catch (RuntimeException e) {
            System.err.println("Could not read the caught mail from " + page + " (is the stack up? ./learnpath up): "
                    + e.getMessage());
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
        MailPage.Listing listing = json.readValue(get(page.resolve("/mails" + query)), MailPage.Listing.class);
        return listing.mails().reversed().stream().map(Mailbox::mail).toList();
    }

    /**
     * One caught mail; {@code link} and {@code token} are null for a mail without a link carrying a token (a
     * notice). {@code sentAt} is an ISO-8601 instant.
     */
    public record Mail(String sentAt, String to, String subject, String link, String token) {
    }

    private static Mail mail(CaughtMail caught) {
        String to = String.join(", ", caught.to());
        // The first link with a token is the mail's point (verify, reset); an unsubscribe link comes after it.
        for (String link : caught.links()) {
            Optional<String> token = token(link);
            if (token.isPresent()) {
                return new Mail(caught.sentAt().toString(), to, caught.subject(), link, token.get());
            }
        }
        return new Mail(caught.sentAt().toString(), to, caught.subject(), null, null);
    }

    private static Optional<String> token(String link) {
        String query;
        try {
            query = URI.create(link).getRawQuery();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (query == null) {
            return Optional.empty();
        }
        for (String parameter : query.split("&")) {
            if (parameter.startsWith("token=") && parameter.length() > "token=".length()) {
                try {
                    return Optional.of(URLDecoder.decode(parameter.substring("token=".length()),
                            StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private byte[] get(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5))
                .header("Accept", "application/json").GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode() + ": "
                        + new String(response.body(), StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(uri + " did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading " + uri, e);
        }
    }
}
