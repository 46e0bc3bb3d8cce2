package io.learnpath.notification.live;

import io.learnpath.notification.inbox.LearnerErased;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Ends the open streams of an erased learner on every instance: their streams may be open on any of them. Each
 * committed erasure is published (the learner id) on a shared Redis channel of its own, and every instance, this
 * one included, ends its streams of that learner.
 *
 * <p>A channel of its own rather than a kind of message on the notifications' channel: an instance of an older
 * version, during a rolling deployment, would take it for a malformed notification. Pub/sub may lose a message;
 * a stream left open then carries nothing, as nothing is delivered to an erased learner, and ends at its timeout.
 */
@Component
class ErasedLearnerStreams implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(ErasedLearnerStreams.class);

    private final StringRedisTemplate redis;
    private final LocalStreams streams;
    private final LiveProperties properties;

    ErasedLearnerStreams(StringRedisTemplate redis, LocalStreams streams, LiveProperties properties) {
        this.redis = redis;
        this.streams = streams;
        this.properties = properties;
    }

    /** The inbox announces an erasure only once it has committed. */
    @EventListener
    void publish(LearnerErased erased) {
        try {
            redis.convertAndSend(properties.erasureChannel(), erased.learnerId().toString());
        } catch (RuntimeException e) {
            // The erasure is committed; failing here would only make the consumer retry a finished event.
            log.warn("Could not publish the end of an erased learner's streams: {}", e.getMessage());
        }
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        UUID learnerId;
        try {
            learnerId = UUID.fromString(new String(message.getBody(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            log.warn("Ignoring an erasure message that is no learner id");
            return;
        }
        streams.end(learnerId);
    }
}
