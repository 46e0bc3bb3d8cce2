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
    private final MeterRegistry meters;

    NotificationInbox(StoredNotifications notifications, ErasedLearnerStore erased, ApplicationEventPublisher events,
            MeterRegistry meters) {
        this.notifications = notifications;
        this.erased = erased;
        this.events = events;
        this.meters = meters;
        for (NotificationKind kind : NotificationKind.values()) {
            delivered(kind); // from the start, at 0: a rate sees the first of a kind
        }
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
        if (erased.isErased(notification.learnerId())) {
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
        delivered(view.kind()).increment();
        events.publishEvent(new NotificationCreated(learnerId, view));
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public Page<NotificationView> page(UUID learnerId, PageQuery query, InboxFilter filter) {
        long total = notifications.count(learnerId, filter);
        List<NotificationView> items = query.offset() >= total ? List.of()
                : notifications.newestFirst(learnerId, filter, query.offset(), query.size());
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
        announceUnreadChange(learnerId);
    }

    @Transactional
    public void markAllRead(UUID learnerId) {
        notifications.markAllRead(learnerId);
        announceUnreadChange(learnerId);
    }

    @Transactional
    public void delete(UUID learnerId, UUID notificationId) {
        // As for reading: someone else's notification is answered like a missing one.
        if (!notifications.delete(learnerId, notificationId)) {
            throw new NotFoundException("notification", notificationId);
        }
        announceUnreadChange(learnerId);
    }

    /** Deletes the learner's read notifications; answers how many. */
    @Transactional
    public int deleteRead(UUID learnerId) {
        int deleted = notifications.deleteRead(learnerId);
        announceUnreadChange(learnerId);
        return deleted;
    }

    private void announceUnreadChange(UUID learnerId) {
        AfterCommit.run(() -> events.publishEvent(new UnreadCountChanged(learnerId)));
    }

    /**
     * One statement, so no transaction around it: a read-only one added a commit, a round trip, for every notice a
     * live stream shows (its count follows it).
     */
    public UnreadCount unreadCount(UUID learnerId) {
        return new UnreadCount(notifications.count(learnerId, InboxFilter.UNREAD));
    }

    private Counter delivered(NotificationKind kind) {
        return meters.counter("learnpath.notifications.delivered", "channel", "in_app", "kind", kind.name());
    }
}
