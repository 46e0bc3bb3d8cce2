package io.learnpath.notification.live;

import io.learnpath.notification.inbox.NotificationCreated;
import io.learnpath.notification.inbox.UnreadCountChanged;
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
 * learner: it is in the inbox, and a reconnecting stream replays it from Last-Event-ID.
 */
@Component
class LiveNotificationRelay implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(LiveNotificationRelay.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final LocalStreams streams;
    private final LiveProperties properties;

    LiveNotificationRelay(StringRedisTemplate redis, JsonMapper json, LocalStreams streams,
            LiveProperties properties) {
        this.redis = redis;
        this.json = json;
        this.streams = streams;
        this.properties = properties;
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
        try {
            redis.convertAndSend(properties.channel(), json.writeValueAsString(message));
        } catch (RuntimeException e) {
            // The notification is committed; failing here would only make the consumer retry a finished event.
            log.warn("Could not publish a live message for learner {}: {}", message.learnerId(), e.getMessage());
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
        if (live.carriesNotification()) {
            streams.deliver(live.learnerId(), new LiveNotification(live.notificationId(), live.notification()));
        }
        streams.unreadCountChanged(live.learnerId());
    }
}
