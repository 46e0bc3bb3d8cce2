package io.learnpath.notification.email;

import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a mail from its two templates, {@code templates/mail/<name>.txt} and {@code <name>.html}. The text
 * template's first line is {@code Subject: ...}, so each mail's words live in its templates only.
 */
@Component
public class EmailTemplates {

    private static final String SUBJECT = "Subject:";

    private final TemplateEngine engine;

    EmailTemplates(TemplateEngine engine) {
        this.engine = engine;
    }

    public RenderedEmail render(String template, Map<String, Object> model) {
        Context context = new Context(Locale.ENGLISH, model);
        String text = engine.process("mail/" + template + ".txt", context);
        int endOfSubject = text.indexOf('\n');
        if (!text.startsWith(SUBJECT) || endOfSubject < 0) {
            throw new IllegalStateException("templates/mail/" + template + ".txt must start with a Subject: line");
        }
        String subject = text.substring(SUBJECT.length(), endOfSubject).strip();
        String body = text.substring(endOfSubject + 1).stripLeading();
        return new RenderedEmail(subject, body, engine.process("mail/" + template + ".html", context));
    }
}
