package io.learnpath.notification.live.web;

import io.learnpath.notification.inbox.UnreadCount;
import io.learnpath.notification.live.LiveNotification;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter.DataWithMediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open SSE connection of one learner. Everything written to it after the greeting ({@link #greet}) goes through
 * its own single (virtual) worker thread: writes stay in order, a replay finishes before live notifications follow,
 * and a client that reads slowly holds up only itself. When it falls too far behind it is closed; it reconnects with
 * Last-Event-ID.
 */
final class LearnerStream {

    static final String EVENT_NAME = "notification";
    static final String UNREAD_COUNT = "unread-count";
    private static final int RECENTLY_SENT = 256;

    private final UUID learnerId;
    private final SseEmitter emitter;
    private final Consumer<String> delivered;
    private final ThreadPoolExecutor writer;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final long openedAt = System.nanoTime();
    // The ids of the last notifications sent, so that none is sent twice: one committed while the replay ran also
    // arrives live, and one delivered locally while Redis failed may still come through Redis when it recovers.
    // Bounded: a duplicate arrives within moments of the first, never hundreds of notifications later. Writer
    // thread only.
    private final Set<UUID> recentlySent = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Boolean> eldest) {
            return size() > RECENTLY_SENT;
        }
    });
    private Consumer<LearnerStream> onClose = stream -> {
    };

    LearnerStream(UUID learnerId, SseEmitter emitter, Consumer<String> delivered, int maxPending) {
        this.learnerId = learnerId;
        this.emitter = emitter;
        this.delivered = delivered;
        this.writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(maxPending),
                Thread.ofVirtual().name("sse-" + learnerId).factory(), (task, executor) -> {
                    throw new RejectedExecutionException("stream of " + learnerId + " is closed or too far behind");
                });
    }

    UUID learnerId() {
        return learnerId;
    }

    long openedAt() {
        return openedAt;
    }

    SseEmitter emitter() {
        return emitter;
    }

    void onClose(Consumer<LearnerStream> callback) {
        this.onClose = callback;
    }

    /**
     * Sends a first comment, on the request's own thread, before anything is queued. Spring commits the response
     * (status and headers) only with the first write, so without it a client would see its stream open only at the
     * first heartbeat or notification. And it must be the request's thread that commits: a write sent before the
     * controller returns waits in the emitter and goes out as Spring takes the emitter over, on this thread, while a
     * write from the stream's worker could commit the response while this thread is still on its way back through
     * the filters, where Spring Security's header writer adds its headers to the same response: Tomcat's headers are
     * not thread-safe, and the two together failed a stream with a 500 (spring-security#15510, unfixed in 7.0).
     */
    void greet() {
        write(SseEmitter.event().comment("connected").build());
    }

    /** Queues the notifications missed since the client's Last-Event-ID, ahead of anything live. */
    void replay(Supplier<List<LiveNotification>> missed) {
        enqueue(() -> {
            missed.get().forEach(this::send);
        });
    }

    /**
     * Queues the notification and the unread count it changed, read when their turn comes, for one write: one flush
     * and one chunk on the connection, so the gateway relays one piece and the client wakes once, where two writes
     * cost each of them twice (the count follows every notice).
     */
    void push(LiveNotification notification, Supplier<UnreadCount> count) {
        enqueue(() -> {
            Set<DataWithMediaType> events = new LinkedHashSet<>();
            // Sent already (it also came in while the replay ran, or came late through Redis): the count alone.
            boolean fresh = recentlySent.add(notification.id());
            if (fresh) {
                events.addAll(notice(notification).build());
            }
            unreadCountEvent(count).ifPresent(event -> events.addAll(event.build()));
            if (write(events) && fresh) {
                delivered.accept(notification.kind());
            }
        });
    }

    /** Queues the unread count, read when its turn comes. */
    void unreadCount(Supplier<UnreadCount> count) {
        enqueue(() -> unreadCountEvent(count).ifPresent(event -> write(event.build())));
    }

    void heartbeat() {
        enqueue(() -> write(SseEmitter.event().comment("heartbeat").build()));
    }

    /** Ends the stream from our side (shutdown, timeout); the client may reconnect. */
    void complete() {
        if (close()) {
            try {
                emitter.complete();
            } catch (RuntimeException alreadyGone) {
                // The connection is already closed; nothing left to tell the client.
            }
        }
    }

    /**
     * Ends the stream without waiting. Completing takes the emitter's lock, which a write blocked on a slow client
     * holds; the callers (the Redis subscription thread, the heartbeat timer, another stream's request) must not
     * wait for that, or one slow client would hold up everyone's notifications.
     */
    void completeInBackground() {
        if (close()) {
            Thread.ofVirtual().name("sse-complete-" + learnerId).start(() -> {
                try {
                    emitter.complete();
                } catch (RuntimeException alreadyGone) {
                    // The connection is already closed; nothing left to tell the client.
                }
            });
        }
    }

    /** Forgets the stream after the container ended it (completion, timeout, error). Safe to call repeatedly. */
    boolean close() {
        if (!closed.compareAndSet(false, true)) {
            return false;
        }
        writer.shutdownNow();
        onClose.accept(this);
        return true;
    }

    private void enqueue(Runnable task) {
        if (closed.get()) {
            return;
        }
        try {
            writer.execute(() -> {
                if (!closed.get()) {
                    task.run();
                }
            });
        } catch (RejectedExecutionException tooSlow) {
            completeInBackground();
        }
    }

    private void send(LiveNotification notification) {
        if (!recentlySent.add(notification.id())) {
            return;
        }
        if (write(notice(notification).build())) {
            delivered.accept(notification.kind());
        }
    }

    private static SseEmitter.SseEventBuilder notice(LiveNotification notification) {
        return SseEmitter.event().name(EVENT_NAME).id(notification.id().toString())
                .data(notification.json(), MediaType.APPLICATION_JSON);
    }

    /** The count as an event without an id, so that Last-Event-ID stays a notification's. */
    private static Optional<SseEmitter.SseEventBuilder> unreadCountEvent(Supplier<UnreadCount> count) {
        try {
            return Optional.of(SseEmitter.event().name(UNREAD_COUNT).data(count.get(), MediaType.APPLICATION_JSON));
        } catch (RuntimeException e) {
            // The stream is closing (its writer interrupted mid-query) or the database hiccupped: the badge catches up
            // with the next change or the next connection; the stream itself is not at fault.
            return Optional.empty();
        }
    }

    /** Writes the events and flushes once. */
    private boolean write(Set<DataWithMediaType> events) {
        if (events.isEmpty()) {
            return true;
        }
        try {
            emitter.send(events);
            return true;
        } catch (IOException | IllegalStateException gone) {
            // The client went away (or the emitter already completed): the container reports it too, but the
            // stream must stop taking notifications now rather than at the next callback.
            close();
            return false;
        }
    }
}
