package io.learnpath.notification.email;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The mail counters, {@code learnpath.notifications.{queued,delivered,retried,failed}{channel="email",kind}}, the
 * kind being the mail's template. Every template's counters exist from the start at 0, so that a rate sees a kind's
 * first retry or failure, and a dashboard has a series to show; a kind no template has (a row queued by an older
 * version) counts as "other".
 */
@Component
class EmailMeters {

    static final String OTHER = "other";

    private final MeterRegistry meters;
    private final Set<String> kinds;

    EmailMeters(MeterRegistry meters) {
        this.meters = meters;
        this.kinds = templates();
        for (String kind : kinds) {
            for (String outcome : new String[] { "queued", "delivered", "retried", "failed" }) {
                counter(outcome, kind);
            }
        }
    }

    void queued(String kind) {
        counter("queued", label(kind)).increment();
    }

    void delivered(String kind) {
        counter("delivered", label(kind)).increment();
    }

    void retried(String kind) {
        counter("retried", label(kind)).increment();
    }

    void failed(String kind) {
        counter("failed", label(kind)).increment();
    }

    private String label(String kind) {
        return kinds.contains(kind) ? kind : OTHER;
    }

    private Counter counter(String outcome, String kind) {
        return meters.counter("learnpath.notifications." + outcome, "channel", "email", "kind", kind);
    }

    /** The names of the mail templates, {@code templates/mail/<name>.txt}. */
    private static Set<String> templates() {
        try {
            Set<String> names = new TreeSet<>();
            for (Resource text : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:templates/mail/*.txt")) {
                String file = text.getFilename();
                if (file != null) {
                    names.add(file.substring(0, file.length() - ".txt".length()));
                }
            }
            return Set.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException("The mail templates could not be listed", e);
        }
    }
}
