package io.learnpath.notification.live.web;

import io.learnpath.notification.inbox.NotificationInbox;
import io.learnpath.notification.live.LiveNotification;
import io.learnpath.notification.live.LiveProperties;
import io.learnpath.notification.live.LocalStreams;
import io.learnpath.notification.inbox.NotificationKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The SSE connections open on this instance, by learner. Notifications reach it from every instance through the
 * relay on the shared Redis channel; it hands each to that learner's streams only, here.
 */
@Component
class LiveNotificationStreams implements LocalStreams, SmartLifecycle {

    private final Map<UUID, Set<LearnerStream>> byLearner = new ConcurrentHashMap<>();
    private final NotificationInbox inbox;
    private final LiveProperties properties;
    private final Map<String, Counter> delivered = new HashMap<>();
    private final Counter deliveredOther;
    private volatile ScheduledExecutorService heartbeats;

    LiveNotificationStreams(NotificationInbox inbox, LiveProperties properties, MeterRegistry meters) {
        this.inbox = inbox;
        this.properties = properties;
        // Every kind from the start, at 0; a kind relayed from another instance that this one does not know (a newer
        // version's) counts as "other" rather than as whatever the message says.
        for (NotificationKind kind : NotificationKind.values()) {
            delivered.put(kind.name(), delivered(meters, kind.name()));
        }
        this.deliveredOther = delivered(meters, "other");
        Gauge.builder("learnpath.notifications.live.streams", byLearner,
                        streams -> streams.values().stream().mapToInt(Set::size).sum())
                .description("Open SSE notification streams on this instance").register(meters);
    }

    /**
     * Opens a stream for the learner. It is registered before the replay is read, so a notification committed in
     * between arrives live (and is sent once: the stream drops what the replay already sent).
     */
    SseEmitter open(UUID learnerId, UUID lastEventId) {
        SseEmitter emitter = new SseEmitter(properties.timeout().toMillis());
        LearnerStream stream = new LearnerStream(learnerId, emitter, this::countDelivered, properties.maxPending());
        stream.onClose(this::forget);
        emitter.onCompletion(stream::close);
        emitter.onError(error -> stream.close());
        // Completing on timeout ends the response cleanly instead of an async-timeout error on a committed response.
        emitter.onTimeout(stream::complete);
        // One atomic step with forget(): adding to a set that forget() is just dropping from the map would leave
        // the stream registered nowhere, silent until its timeout.
        List<LearnerStream> oldest = new ArrayList<>();
        byLearner.compute(learnerId, (id, streams) -> {
            Set<LearnerStream> open = streams == null ? ConcurrentHashMap.newKeySet() : streams;
            open.add(stream);
            int excess = open.size() - properties.maxStreamsPerLearner();
            if (excess > 0) {
                open.stream().filter(other -> other != stream)
                        .sorted(Comparator.comparingLong(LearnerStream::openedAt))
                        .limit(excess)
                        .forEach(oldest::add);
            }
            return open;
        });
        oldest.forEach(LearnerStream::completeInBackground);
        stream.greet();
        if (lastEventId != null) {
            stream.replay(() -> inbox.createdAfter(learnerId, lastEventId, properties.replayLimit()).stream()
                    .map(view -> new LiveNotification(view.id(), view))
                    .toList());
        }
        stream.unreadCount(() -> inbox.unreadCount(learnerId));
        return emitter;
    }

    @Override
    public void deliver(UUID learnerId, LiveNotification notification) {
        Set<LearnerStream> streams = byLearner.get(learnerId);
        if (streams != null) {
            streams.forEach(stream -> stream.push(notification, () -> inbox.unreadCount(learnerId)));
        }
    }

    /**
     * Each stream reads the count on its own writer, when its turn comes: after everything queued before it, and
     * after the change that caused it committed, so the last count a client sees is the current one.
     */
    @Override
    public void unreadCountChanged(UUID learnerId) {
        Set<LearnerStream> streams = byLearner.get(learnerId);
        if (streams != null) {
            streams.forEach(stream -> stream.unreadCount(() -> inbox.unreadCount(learnerId)));
        }
    }

    @Override
    public void end(UUID learnerId) {
        Set<LearnerStream> streams = byLearner.get(learnerId);
        if (streams != null) {
            // In the background: this runs on the Redis subscription thread, which a slow client must not hold up.
            streams.forEach(LearnerStream::completeInBackground);
        }
    }

    private void countDelivered(String kind) {
        delivered.getOrDefault(kind, deliveredOther).increment();
    }

    // By kind, as every channel is counted (Prometheus wants one set of tag names per metric).
    private static Counter delivered(MeterRegistry meters, String kind) {
        return meters.counter("learnpath.notifications.delivered", "channel", "sse", "kind", kind);
    }

    int openStreams(UUID learnerId) {
        Set<LearnerStream> streams = byLearner.get(learnerId);
        return streams == null ? 0 : streams.size();
    }

    private void forget(LearnerStream stream) {
        byLearner.computeIfPresent(stream.learnerId(), (id, streams) -> {
            streams.remove(stream);
            return streams.isEmpty() ? null : streams;
        });
    }

    private void sendHeartbeats() {
        byLearner.values().forEach(streams -> streams.forEach(LearnerStream::heartbeat));
    }

    @Override
    public void start() {
        heartbeats = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("sse-heartbeat").factory());
        long period = properties.heartbeat().toMillis();
        heartbeats.scheduleAtFixedRate(this::sendHeartbeats, period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * Ends every stream before the web server's graceful shutdown, which would otherwise wait for them; clients
     * reconnect to another instance and replay from their Last-Event-ID.
     */
    @Override
    public void stop() {
        ScheduledExecutorService running = heartbeats;
        heartbeats = null;
        if (running != null) {
            running.shutdownNow();
        }
        byLearner.values().forEach(streams -> streams.forEach(LearnerStream::complete));
    }

    @Override
    public boolean isRunning() {
        return heartbeats != null;
    }

    // Stopped before the web server's graceful shutdown (Integer.MAX_VALUE - 1024) begins.
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 512;
    }
}
