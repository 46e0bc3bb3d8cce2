package io.learnpath.notification.delivery;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a mail says: its templates' name ({@code templates/mail/<template>.txt} and {@code .html}) and the values
 * they insert. The learner's name, the site's address and the unsubscribe link are added on the way out.
 */
public record MailContent(String template, Map<String, Object> model) {

    public MailContent {
        Objects.requireNonNull(template, "template");
        model = model == null ? Map.of() : Collections.unmodifiableMap(new HashMap<>(model));
    }
}
