package io.learnpath.notification.live.web;

import io.learnpath.notification.inbox.UnreadCount;
import io.learnpath.notification.live.LiveNotification;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open SSE connection of one learner. Everything written to it goes through its own single (virtual) worker
 * thread: writes stay in order, a replay finishes before live notifications follow, and a client that reads
 * slowly holds up only itself. When it falls too far behind it is closed; it reconnects with Last-Event-ID.
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
     * Queues a first comment. Spring commits the response (status and headers) only with the first write, so
     * without it a client would see its stream open only at the first heartbeat or notification.
     */
    void greet() {
        enqueue(() -> write(SseEmitter.event().comment("connected")));
    }

    /** Queues the notifications missed since the client's Last-Event-ID, ahead of anything live. */
    void replay(Supplier<List<LiveNotification>> missed) {
        enqueue(() -> {
            missed.get().forEach(this::send);
        });
    }

    void push(LiveNotification notification) {
        enqueue(() -> send(notification));
    }

    /** Queues the unread count, read when its turn comes; without an id, so Last-Event-ID stays a notification's. */
    void unreadCount(Supplier<UnreadCount> count) {
        enqueue(() -> {
            UnreadCount unread;
            try {
                unread = count.get();
            } catch (RuntimeException e) {
                // The stream is closing (its writer interrupted mid-query) or the database hiccupped: the badge
                // catches up with the next change or the next connection; the stream itself is not at fault.
                return;
            }
            write(SseEmitter.event().name(UNREAD_COUNT).data(unread, MediaType.APPLICATION_JSON));
        });
    }

    void heartbeat() {
        enqueue(() -> write(SseEmitter.event().comment("heartbeat")));
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
        if (write(SseEmitter.event().name(EVENT_NAME).id(notification.id().toString())
                .data(notification.json(), MediaType.APPLICATION_JSON))) {
            delivered.accept(notification.kind());
        }
    }

    private boolean write(SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
            return true;
        } catch (IOException | IllegalStateException gone) {
            // The client went away (or the emitter already completed): the container reports it too, but the
            // stream must stop taking notifications now rather than at the next callback.
            close();
            return false;
        }
    }
}
