package io.learnpath.notification.inbox;

import java.util.Set;

/**
 * Which of a learner's notifications a page shows.
 *
 * @param kinds empty for every kind
 */
public record InboxFilter(boolean unreadOnly, Set<NotificationKind> kinds) {

    public static final InboxFilter ALL = new InboxFilter(false, Set.of());
    public static final InboxFilter UNREAD = new InboxFilter(true, Set.of());

    public InboxFilter {
        kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
    }
}
