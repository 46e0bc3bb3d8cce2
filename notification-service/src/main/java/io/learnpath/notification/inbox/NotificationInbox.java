package io.learnpath.notification.inbox;

import io.learnpath.platform.web.ProblemException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A learner's in-app notifications: delivering new ones, reading the list, and marking them read. */
@Service
public class NotificationInbox {

    private final StoredNotifications notifications;
    private final ApplicationEventPublisher events;

    NotificationInbox(StoredNotifications notifications, ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.events = events;
    }

    /**
     * Stores the notification and announces it to after-commit listeners. Joins the caller's transaction (the
     * event inbox's), so the notification and the processed-event row commit or roll back together.
     *
     * @return empty when the source event had already produced its notification
     */
    @Transactional
    public Optional<NotificationView> deliver(NewNotification notification) {
        Optional<NotificationView> stored = notifications.insert(notification);
        stored.ifPresent(view -> events.publishEvent(new NotificationCreated(notification.learnerId(), view)));
        return stored;
    }

    @Transactional(readOnly = true)
    public NotificationPage page(UUID learnerId, int page, int size, boolean unreadOnly) {
        long total = notifications.count(learnerId, unreadOnly);
        List<NotificationView> items = (long) page * size >= total ? List.of()
                : notifications.newestFirst(learnerId, unreadOnly, (long) page * size, size);
        return NotificationPage.of(items, page, size, total);
    }

    /** What a reconnecting stream missed since {@code lastSeenId}: oldest first, at most the newest {@code limit}. */
    @Transactional(readOnly = true)
    public List<NotificationView> createdAfter(UUID learnerId, UUID lastSeenId, int limit) {
        return notifications.createdAfter(learnerId, lastSeenId, limit);
    }

    @Transactional
    public void markRead(UUID learnerId, UUID notificationId) {
        // Someone else's notification gets the same answer as a missing one: its existence is nobody else's business.
        if (!notifications.markRead(learnerId, notificationId)) {
            throw ProblemException.notFound("notification", notificationId);
        }
    }

    @Transactional
    public void markAllRead(UUID learnerId) {
        notifications.markAllRead(learnerId);
    }

    @Transactional(readOnly = true)
    public UnreadCount unreadCount(UUID learnerId) {
        return new UnreadCount(notifications.count(learnerId, true));
    }
}
