package io.learnpath.notification.triggers.policy;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Instants as a mail shows them: in the learner's own zone, and saying which zone that is. */
public final class MailTimes {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm (VV)",
            Locale.ENGLISH);

    private MailTimes() {
    }

    public static String format(Instant instant, ZoneId zone) {
        return instant == null ? null : FORMAT.format(instant.atZone(zone));
    }
}
