package io.learnpath.notification.inbox;

import java.util.List;

/** One page of a learner's inbox, newest first, in the platform's collection shape. */
public record NotificationPage(List<NotificationView> items, int page, int size, long totalItems, long totalPages) {

    static NotificationPage of(List<NotificationView> items, int page, int size, long totalItems) {
        return new NotificationPage(List.copyOf(items), page, size, totalItems, (totalItems + size - 1) / size);
    }
}
