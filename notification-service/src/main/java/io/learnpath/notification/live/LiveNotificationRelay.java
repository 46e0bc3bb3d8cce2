package io.learnpath.notification.live;

import io.learnpath.notification.inbox.NotificationCreated;
import io.learnpath.notification.inbox.UnreadCountChanged;
import io.learnpath.platform.outage.OutageLog;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.Kind;
import io.micrometer.observation.transport.ReceiverContext;
import io.micrometer.observation.transport.SenderContext;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries new notifications to every instance: the learner's stream may be open on any of them. Each committed
 * notification is published once on a shared Redis channel, and every instance (this one included) forwards what
 * it hears to its own streams, so there is one delivery path whatever the number of instances.
 *
 * <p>One channel for all learners rather than one per learner: at the expected rates every instance reading every
 * message costs little, and it spares subscribing and unsubscribing on each connect and disconnect.
 *
 * <p>Redis pub/sub is fire-and-forget. A message lost while Redis or an instance is down is not lost to the
 * learner: it is in the inbox, and a reconnecting stream replays it from Last-Event-ID. While Redis cannot take a
 * message, this instance hands it to its own streams directly, so that live push degrades to "the streams on the
 * instance that stored the notice" (all of them with one instance) rather than to nothing. Should the failed publish
 * still reach Redis late, the stream skips the notice it already sent ({@code LearnerStream}).
 *
 * <p>Both ends are observed, so a notice's trace runs on from the Kafka event that caused it: the publish (a span
 * whose context travels in the message) and each instance's push to its streams (a span continuing it).
 */
@Component
class LiveNotificationRelay implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(LiveNotificationRelay.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final LocalStreams streams;
    private final LiveProperties properties;
    private final OutageLog outage;
    private final ObservationRegistry observations;

    LiveNotificationRelay(StringRedisTemplate redis, JsonMapper json, LocalStreams streams,
            LiveProperties properties, Clock clock, MeterRegistry meters, ObservationRegistry observations) {
        this.redis = redis;
        this.observations = observations;
        this.json = json;
        this.streams = streams;
        this.properties = properties;
        this.outage = OutageLog.ofRedis(log, "live-fan-out", "Redis (the live fan-out between instances)",
                "notices reach the streams open on the instance that stored them, and every inbox", clock, meters);
    }

    /** The inbox announces a notification only once it has committed, so no stream shows one that rolled back. */
    @EventListener
    void publish(NotificationCreated created) {
        send(new LiveMessage(created.learnerId(), created.notification().id(),
                json.valueToTree(created.notification())));
    }

    @EventListener
    void publish(UnreadCountChanged changed) {
        send(LiveMessage.unreadCountChanged(changed.learnerId()));
    }

    private void send(LiveMessage message) {
        Map<String, String> trace = new HashMap<>();
        SenderContext<Map<String, String>> publishing = new SenderContext<>(Map::put, Kind.PRODUCER);
        publishing.setCarrier(trace);
        publishing.setRemoteServiceName("redis");
        // The tracer writes the publish span's context into the carrier as the observation starts.
        Observation.createNotStarted("learnpath.notifications.live.publish", () -> publishing, observations)
                .contextualName("live publish")
                .observe(() -> publish(message.withTrace(trace)));
    }

    private void publish(LiveMessage message) {
        try {
            Long listeners = redis.convertAndSend(properties.channel(), json.writeValueAsString(message));
            outage.succeeded();
            if (listeners != null && listeners == 0) {
                // Redis is back but no instance listens yet, this one included (its subscription is renewed
                // every few seconds after an outage): nobody else will deliver it.
                push(message);
            }
        } catch (RuntimeException e) {
            // The notification is committed; failing here would only make the consumer retry a finished event.
            outage.failed(e);
            push(message);
        }
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        LiveMessage live;
        try {
            live = json.readValue(message.getBody(), LiveMessage.class);
        } catch (JacksonException e) {
            log.warn("Ignoring an unreadable live notification message: {}", e.getOriginalMessage());
            return;
        }
        if (live.learnerId() == null) {
            log.warn("Ignoring a live message without a learner");
            return;
        }
        push(live);
    }

    /** Hands the message to this instance's streams, as part of the trace of whatever published it. */
    private void push(LiveMessage live) {
        ReceiverContext<Map<String, String>> pushing = new ReceiverContext<>(
                (carrier, key) -> carrier.get(key), Kind.CONSUMER);
        pushing.setCarrier(live.trace() == null ? Map.of() : live.trace());
        pushing.setRemoteServiceName("redis");
        Observation.createNotStarted("learnpath.notifications.live.push", () -> pushing, observations)
                .contextualName("live push")
                .observe(() -> forward(live));
    }

    private void forward(LiveMessage live) {
        if (live.carriesNotification()) {
            streams.deliver(live.learnerId(), new LiveNotification(live.notificationId(), live.notification()));
        } else {
            streams.unreadCountChanged(live.learnerId());
        }
    }
}
