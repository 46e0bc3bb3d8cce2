package io.learnpath.notification.delivery;

import io.learnpath.notification.inbox.NewNotification;
import io.learnpath.notification.preferences.NotificationType;
import java.util.Objects;
import java.util.UUID;

/**
 * Something to tell a learner, in each form a channel needs; {@link NoticeDelivery} picks the channels by the
 * learner's preferences.
 *
 * @param occasion a stable name of what caused it (an event id, or a reminder's day), unique per learner: the same
 *                 occasion reaches each channel once
 * @param inApp    the inbox entry, or null when this type has none
 * @param mail     the mail, or null when this type has none
 */
public record Notice(UUID learnerId, NotificationType type, String occasion, NewNotification inApp,
        MailContent mail) {

    public Notice {
        Objects.requireNonNull(learnerId, "learnerId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occasion, "occasion");
    }
}
