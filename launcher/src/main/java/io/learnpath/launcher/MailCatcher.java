package io.learnpath.launcher;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local stack's mail server: GreenMail, a real SMTP server, catches every mail the notification-service sends
 * (nothing leaves the machine), and a small page shows what it caught: {@code /} as HTML, {@code /mails?to=} as
 * JSON (what {@code ./learnpath mail} reads). Both listen on 127.0.0.1 only and have no authentication: a
 * developer's tool for a local stack, never for a deployment. The JDK's own HTTP server is enough for two read-only
 * pages in a process that already runs; mail is kept in memory and is gone when the stack stops.
 */
final class MailCatcher implements AutoCloseable {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final String LOCALHOST = "127.0.0.1";

    private final GreenMail smtp;
    private final HttpServer page;
    private final JsonMapper json = JsonMapper.builder().build();

    private MailCatcher(GreenMail smtp, HttpServer page) {
        this.smtp = smtp;
        this.page = page;
    }

    static MailCatcher start(int smtpPort, int pagePort) {
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, LOCALHOST, ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            HttpServer page = HttpServer.create(new InetSocketAddress(LOCALHOST, pagePort), 0);
            MailCatcher catcher = new MailCatcher(smtp, page);
            page.createContext("/mails", catcher::serveJson);
            page.createContext("/", catcher::serveHtml);
            page.start();
            return catcher;
        } catch (IOException e) {
            smtp.stop();
            throw new UncheckedIOException("Could not start the caught-mail page on port " + pagePort, e);
        }
    }

    /** Every mail caught so far, to {@code address} only (any case) unless it is null, newest first. */
    List<CaughtMail> mailsTo(String address) {
        List<CaughtMail> mails = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            CaughtMail mail = read(message);
            if (address == null || Arrays.stream(mail.to().split(",\\s*")).anyMatch(address::equalsIgnoreCase)) {
                mails.add(mail);
            }
        }
        mails.sort(Comparator.comparing(CaughtMail::receivedAt).reversed());
        return mails;
    }

    private void serveJson(HttpExchange exchange) throws IOException {
        String to = parameter(exchange, "to");
        send(exchange, 200, "application/json", json.writeValueAsBytes(mailsTo(to)));
    }

    private void serveHtml(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getPath().equals("/")) {
            send(exchange, 404, "text/plain; charset=utf-8", "Not found".getBytes(StandardCharsets.UTF_8));
            return;
        }
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Learnpath: caught mail</title>
                <style>body{font-family:sans-serif;max-width:860px;margin:2em auto;padding:0 1em}
                article{border:1px solid #ddd;border-radius:6px;padding:1em;margin:1em 0}
                pre{white-space:pre-wrap}small{color:#666}</style></head><body>
                <h1>Caught mail</h1><p>Every mail the local stack sent, newest first (reload to refresh; JSON at
                <a href="/mails">/mails</a>, <code>/mails?to=address</code>). Development only: no authentication,
                localhost only, gone when the stack stops.</p>
                """);
        List<CaughtMail> mails = mailsTo(parameter(exchange, "to"));
        if (mails.isEmpty()) {
            html.append("<p>No mail yet.</p>");
        }
        for (CaughtMail mail : mails) {
            html.append("<article><small>").append(escape(mail.receivedAt())).append(" · to ")
                    .append(escape(mail.to())).append("</small><h2>").append(escape(mail.subject()))
                    .append("</h2><pre>").append(escape(mail.text())).append("</pre>");
            for (String link : mail.links()) {
                html.append("<p><a href=\"").append(escape(link)).append("\">").append(escape(link))
                        .append("</a></p>");
            }
            html.append("</article>");
        }
        html.append("</body></html>");
        send(exchange, 200, "text/html; charset=utf-8", html.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static CaughtMail read(MimeMessage message) {
        try {
            Address[] recipients = message.getAllRecipients();
            String to = recipients == null ? "" : Arrays.stream(recipients).map(Address::toString)
                    .collect(Collectors.joining(", "));
            Instant received = message.getReceivedDate() != null ? message.getReceivedDate().toInstant()
                    : message.getSentDate() != null ? message.getSentDate().toInstant() : Instant.EPOCH;
            String text = textOf(message);
            text = text == null ? "" : text.replace("\r\n", "\n");
            List<String> links = new ArrayList<>();
            Matcher matcher = LINK.matcher(text);
            while (matcher.find()) {
                links.add(matcher.group());
            }
            return new CaughtMail(received.toString(), to, message.getSubject(), text, links);
        } catch (MessagingException e) {
            return new CaughtMail(Instant.EPOCH.toString(), "", "(unreadable: " + e.getMessage() + ")", "",
                    List.of());
        }
    }

    private static String textOf(Part part) throws MessagingException {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    String text = textOf(body);
                    if (text != null) {
                        return text;
                    }
                }
            }
            return null;
        } catch (IOException e) {
            throw new MessagingException("cannot read the mail's body", e);
        }
    }

    private static String parameter(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                String value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                return value.isBlank() ? null : value;
            }
        }
        return null;
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    @Override
    public void close() {
        page.stop(0);
        smtp.stop();
    }
}
