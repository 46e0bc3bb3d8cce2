package io.learnpath.launcher;

import java.util.List;

/**
 * The mail page's HTML: one article per caught mail, newest first. Everything that comes from a mail is escaped,
 * the mail's own HTML part is never shown (see {@link MimeMessageReader}), and the page's Content-Security-Policy
 * allows no script at all, so a mail cannot run anything in the developer's browser.
 */
final class MailPageHtml {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#222}
            .note{background:#fff4d6;border:1px solid #e8c66b;padding:.5rem .75rem}
            article{border-top:1px solid #ccc;padding:.5rem 0}
            h2{font-size:1.1rem;margin:.25rem 0}
            dl{display:grid;grid-template-columns:max-content 1fr;gap:0 1rem;margin:.25rem 0;font-size:.9rem}
            dt{color:#666}dd{margin:0}
            pre{background:#f6f6f6;padding:.5rem;white-space:pre-wrap;overflow-wrap:anywhere}
            """;

    private MailPageHtml() {
    }

    static String render(List<CaughtMail> mails, String to, int smtpPort) {
        StringBuilder html = new StringBuilder(4096);
        html.append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Learnpath: caught mail")
                .append("</title><style>").append(STYLE).append("</style></head><body>\n<h1>Caught mail</h1>\n")
                .append("<p class=\"note\">A development tool: every mail the local stack sends to the SMTP server ")
                .append("on localhost:").append(smtpPort).append(" (GreenMail) is caught here and goes nowhere else. ")
                .append("No authentication: it listens on localhost only. Newest first; reload for new mail. ")
                .append("As JSON: <a href=\"/mails\">/mails</a>?to=address.</p>\n")
                .append("<form method=\"get\" action=\"/\"><label>To <input name=\"to\" type=\"search\" value=\"")
                .append(escape(to == null ? "" : to)).append("\" placeholder=\"any address\"></label> ")
                .append("<button>Show</button></form>\n");
        if (mails.isEmpty()) {
            html.append("<p>").append(to == null ? "No mail yet." : "No mail to " + escape(to) + " yet.")
                    .append("</p>\n");
        }
        mails.forEach(mail -> article(html, mail));
        return html.append("</body></html>\n").toString();
    }

    private static void article(StringBuilder html, CaughtMail mail) {
        html.append("<article><h2>").append(escape(mail.subject())).append("</h2><dl>");
        definition(html, "Date", mail.sentAt().toString());
        definition(html, "From", mail.from());
        definition(html, "To", String.join(", ", mail.to()));
        if (mail.listUnsubscribe() != null) {
            definition(html, "List-Unsubscribe", mail.listUnsubscribe());
        }
        html.append("</dl>");
        if (!mail.links().isEmpty()) {
            html.append("<ul>");
            // The links were matched as http(s) URLs, so none of them can be a javascript: link.
            mail.links().forEach(link -> html.append("<li><a href=\"").append(escape(link)).append("\">")
                    .append(escape(link)).append("</a></li>"));
            html.append("</ul>");
        }
        html.append("<pre>").append(escape(mail.text())).append("</pre></article>\n");
    }

    private static void definition(StringBuilder html, String term, String value) {
        html.append("<dt>").append(term).append("</dt><dd>").append(escape(value)).append("</dd>");
    }

    /** The five characters that matter in HTML text and quoted attributes; nothing else needs a library. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
