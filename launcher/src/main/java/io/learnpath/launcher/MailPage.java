package io.learnpath.launcher;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mail the local SMTP server caught, for people and for scripts: {@code GET /} is an HTML list, {@code GET
 * /mails} the same as JSON (what {@code ./learnpath mail} reads), both newest first and narrowed to one address
 * with {@code ?to=}.
 *
 * <p>A development tool with no authentication: it listens on the loopback interface only, and it answers only
 * requests addressed to localhost, so a web page in the developer's browser cannot read it by pointing a DNS name
 * of its own at 127.0.0.1 (DNS rebinding): the mails hold sign-in links.
 *
 * <p>The JDK's {@code com.sun.net.httpserver} is enough: one developer's tool inside the launcher's own process,
 * two read-only routes and a handful of requests; a web framework would add start-up time and a dependency tree
 * to the launcher for nothing. Without an executor the server's one thread answers requests in turn, which is
 * plenty for that.
 */
final class MailPage implements AutoCloseable {

    static final String PROBLEM_TYPES = "https://learnpath.io/problems/";
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final Logger log = LoggerFactory.getLogger(MailPage.class);

    /** The JSON answer of {@code /mails}. */
    record Listing(List<CaughtMail> mails) {
    }

    private final HttpServer server;
    private final MailCatcher catcher;
    private final JsonMapper json = JsonMapper.builder().build();

    private MailPage(HttpServer server, MailCatcher catcher) {
        this.server = server;
        this.catcher = catcher;
    }

    static MailPage start(int port, MailCatcher catcher) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            MailPage page = new MailPage(server, catcher);
            server.createContext("/", page::handle);
            server.start();
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException("The mail page cannot listen on localhost:" + port, e);
        }
    }

    InetSocketAddress address() {
        return server.getAddress();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            answer(exchange);
        } catch (RuntimeException e) {
            log.error("The mail page failed on {}", exchange.getRequestURI(), e);
            problem(exchange, 500, "internal", "Internal error", "The mail page failed; see the infrastructure log.",
                    null);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        if (!addressedToLocalhost(exchange)) {
            problem(exchange, 403, "forbidden", "Forbidden",
                    "The mail page answers only requests addressed to localhost.", null);
            return;
        }
        String path = exchange.getRequestURI().getRawPath();
        if (!path.equals("/") && !path.equals("/mails")) {
            problem(exchange, 404, "not-found", "Not found",
                    "No page at " + path + ": the caught mail is at / (HTML) and /mails (JSON).", null);
            return;
        }
        if (!exchange.getRequestMethod().equals("GET")) {
            exchange.getResponseHeaders().set("Allow", "GET");
            problem(exchange, 405, "method-not-allowed", "Method not allowed", "The mail page is read with GET.",
                    null);
            return;
        }
        String to;
        try {
            to = recipientFilter(exchange.getRequestURI().getRawQuery());
        } catch (IllegalArgumentException e) {
            problem(exchange, 400, "validation", "Invalid request", "The query is not valid.",
                    List.of(Map.of("field", "to", "message", e.getMessage())));
            return;
        }
        List<CaughtMail> mails = catcher.newestFirst(to);
        if (path.equals("/")) {
            exchange.getResponseHeaders().set("Content-Security-Policy",
                    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'");
            send(exchange, 200, "text/html; charset=utf-8",
                    MailPageHtml.render(mails, to, catcher.smtpPort()).getBytes(StandardCharsets.UTF_8));
        } else {
            send(exchange, 200, "application/json", json.writeValueAsBytes(new Listing(mails)));
        }
    }

    /**
     * The {@code to} parameter, decoded; null when absent or blank (the page's empty filter form sends that). A
     * malformed escape never gets here: the JDK's server answers 400 to a request URI that is not a URI.
     */
    private static String recipientFilter(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return null;
        }
        String to = null;
        for (String parameter : rawQuery.split("&")) {
            int equals = parameter.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? parameter : parameter.substring(0, equals),
                    StandardCharsets.UTF_8);
            if (name.equals("to")) {
                if (to != null) {
                    throw new IllegalArgumentException("must be given at most once");
                }
                to = equals < 0 ? "" : URLDecoder.decode(parameter.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return to == null || to.isBlank() ? null : to.strip();
    }

    /** Browsers always send Host; one that names another host is a page that rebound its DNS name to us. */
    private static boolean addressedToLocalhost(HttpExchange exchange) {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null) {
            return true;
        }
        host = host.strip().toLowerCase(Locale.ROOT);
        int port = host.lastIndexOf(':');
        if (port > host.lastIndexOf(']')) {
            host = host.substring(0, port);
        }
        return LOCAL_HOSTS.contains(host);
    }

    private void problem(HttpExchange exchange, int status, String type, String title, String detail,
            List<Map<String, String>> errors) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", PROBLEM_TYPES + type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        if (errors != null) {
            problem.put("errors", errors);
        }
        send(exchange, status, "application/problem+json", json.writeValueAsBytes(problem));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
