package io.learnpath.notification.inbox;

import io.learnpath.platform.domain.NotFoundException;
import io.learnpath.platform.paging.Page;
import io.learnpath.platform.paging.PageQuery;
import io.learnpath.platform.transaction.AfterCommit;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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
    private final ErasedLearnerStore erased;
    private final ApplicationEventPublisher events;
    private final Counter deliveredInApp;

    NotificationInbox(StoredNotifications notifications, ErasedLearnerStore erased, ApplicationEventPublisher events,
            MeterRegistry meters) {
        this.notifications = notifications;
        this.erased = erased;
        this.events = events;
        this.deliveredInApp = Counter.builder("learnpath.notifications.delivered").tag("channel", "in_app")
                .description("Notifications delivered, by channel").register(meters);
    }

    /**
     * Stores the notification and, once it has committed, announces it ({@link NotificationCreated}). Joins the
     * caller's transaction (the event inbox's), so the notification and the processed-event row commit or roll back
     * together.
     *
     * <p>A learner who was erased gets nothing: events about them can arrive after their {@code UserDeleted}, from
     * another topic or a replay. The check holds off an erasure of the learner until this transaction ends, so a
     * notification stored here is either erased with the rest or never stored.
     *
     * @return empty when the source event had already produced its notification, or the learner was erased
     */
    @Transactional
    public Optional<NotificationView> deliver(NewNotification notification) {
        erased.lockShared(notification.learnerId());
        if (erased.contains(notification.learnerId())) {
            return Optional.empty();
        }
        Optional<NotificationView> stored = notifications.insert(notification);
        stored.ifPresent(view -> AfterCommit.run(() -> announce(notification.learnerId(), view)));
        return stored;
    }

    /**
     * After commit only: neither the delivery count nor a live stream may show a notification that then rolls back.
     * It is announced as an application event rather than handed to the live feature directly, because that feature
     * depends on the inbox (for replays) and the dependency must go one way only.
     */
    private void announce(UUID learnerId, NotificationView view) {
        deliveredInApp.increment();
        events.publishEvent(new NotificationCreated(learnerId, view));
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public Page<NotificationView> page(UUID learnerId, PageQuery query, boolean unreadOnly) {
        long total = notifications.count(learnerId, unreadOnly);
        List<NotificationView> items = query.offset() >= total ? List.of()
                : notifications.newestFirst(learnerId, unreadOnly, query.offset(), query.size());
        return Page.of(items, query, total);
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
            throw new NotFoundException("notification", notificationId);
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
