package io.learnpath.notification.preferences;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A learner's notification settings as the API shows them: every type with every channel it offers, whether it is
 * on, whether it can be changed, and the default.
 *
 * @param timeZone   the zone quiet hours are read in (the learner's profile zone)
 * @param quietHours null when the learner has none
 */
public record PreferencesView(String timeZone, QuietHoursView quietHours, List<TypeView> types) {

    public record TypeView(NotificationType type, List<ChannelView> channels) {
    }

    public record ChannelView(Channel channel, boolean enabled, boolean locked, boolean byDefault) {
    }

    /** @param start HH:mm, @param end HH:mm */
    public record QuietHoursView(String start, String end) {

        private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

        static QuietHoursView of(QuietHours hours) {
            return new QuietHoursView(hours.start().format(HH_MM), hours.end().format(HH_MM));
        }
    }
}
